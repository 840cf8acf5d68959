#!/usr/bin/env python3
"""Writes a synthetic WordPress export (WXR 1.2) of N posts for the import benchmark.

Usage: generate-wxr.py N OUT.xml [SEED]
Standard library only. Each post is a newspaper article of about 500 words in classic (wpautop) or Gutenberg markup,
with headings, emphasis, a block quote, a list, a [caption] figure, a link to an earlier post, categories, tags, an
author and, for one post in ten, a featured image; one in twenty is a draft. The output is the same for the same N
and seed.
"""
import random
import sys
from xml.sax.saxutils import escape

WORDS = ("strike union workers pay claim dockers miners march branch meeting council housing rent tenants wages "
         "history revolution solidarity picket ballot steward factory shift pension nurses teachers transport "
         "archive century decade protest campaign election vote parliament reform employers contract hours "
         "safety inspector report evidence witness letter editor issue week year month morning evening").split()
NAMES = ["Ruth Feldman", "Gareth Pryce", "Elena Varga", "Tom Ashworth", "Siobhan Kearney", "Aisha Okonjo",
         "Colin Bexley", "Dev Ramasamy", "Margaret Halloran", "Jack Mulvaney"]
CATEGORIES = ["news", "history", "international", "workplace", "campaigns", "comment", "obituaries", "editorial"]
TAGS = ["tag-%02d" % i for i in range(60)]


def sentence(rnd, n=None):
    words = [rnd.choice(WORDS) for _ in range(n or rnd.randint(8, 18))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rnd):
    s = " ".join(sentence(rnd) for _ in range(rnd.randint(2, 5)))
    words = s.split(" ")
    i = rnd.randrange(1, len(words) - 2)
    words[i] = "<em>%s</em>" % words[i]
    j = rnd.randrange(1, len(words) - 2)
    if j != i:
        words[j] = "<strong>%s</strong>" % words[j]
    return " ".join(words)


def body(rnd, n, base, gutenberg):
    parts = []
    for k in range(rnd.randint(5, 8)):
        text = paragraph(rnd)
        if k == 2 and n > 1:
            other = rnd.randrange(1, n)
            text += ' See <a href="%s/?p=%d">our earlier report</a>.' % (base, other)
        parts.append(text)
    heading = "<h2>%s</h2>" % sentence(rnd, 4).rstrip(".")
    quote = "<blockquote><p>%s</p></blockquote>" % sentence(rnd)
    items = "<ul>%s</ul>" % "".join("<li>%s</li>" % sentence(rnd, 6) for _ in range(3))
    caption = ('[caption id="attachment_%d" align="aligncenter" width="300"]<img src="%s/wp-content/uploads/2015/06/photo-%d-300x200.jpg" '
               'alt="%s" width="300" height="200" /> %s[/caption]' % (n, base, n % 500, sentence(rnd, 5), sentence(rnd, 6)))
    if gutenberg:
        blocks = ["<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->" % p for p in parts[:3]]
        blocks.append("<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->")
        blocks.append("<!-- wp:heading -->\n%s\n<!-- /wp:heading -->" % heading)
        blocks.append("<!-- wp:quote -->\n%s\n<!-- /wp:quote -->" % quote)
        blocks.append("<!-- wp:list -->\n%s\n<!-- /wp:list -->" % items)
        blocks += ["<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->" % p for p in parts[3:]]
        return "\n\n".join(blocks)
    return "\n\n".join(parts[:2] + ["<!--more-->", heading, caption, parts[2], quote, items] + parts[3:])


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1917)
    base = "https://broadsheet.example.org"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>The Weekly Broadsheet</title>\n'
                '<link>%s</link>\n<language>en-GB</language>\n<wp:wxr_version>1.2</wp:wxr_version>\n'
                '<wp:base_site_url>%s</wp:base_site_url>\n<wp:base_blog_url>%s</wp:base_blog_url>\n' % (base, base, base))
        for i, name in enumerate(NAMES):
            login = name.split()[0].lower()
            f.write('<wp:author><wp:author_id>%d</wp:author_id><wp:author_login><![CDATA[%s]]></wp:author_login>'
                    '<wp:author_display_name><![CDATA[%s]]></wp:author_display_name></wp:author>\n' % (i + 1, login, name))
        for i, c in enumerate(CATEGORIES):
            f.write('<wp:category><wp:term_id>%d</wp:term_id><wp:category_nicename><![CDATA[%s]]></wp:category_nicename>'
                    '<wp:cat_name><![CDATA[%s]]></wp:cat_name></wp:category>\n' % (i + 1, c, c.capitalize()))
        for i, t in enumerate(TAGS):
            f.write('<wp:tag><wp:term_id>%d</wp:term_id><wp:tag_slug><![CDATA[%s]]></wp:tag_slug><wp:tag_name><![CDATA[%s]]></wp:tag_name></wp:tag>\n'
                    % (100 + i, t, t.replace("-", " ").title()))
        for p in range(1, n + 1):
            day = 1 + p * 7 // 10  # several posts a day, over the years
            year, rest = 1990 + day // 365, day % 365
            month, mday = 1 + rest // 31 % 12, 1 + rest % 28
            date = "%04d-%02d-%02d %02d:%02d:00" % (year, month, mday, rnd.randint(6, 22), rnd.randint(0, 59))
            title = sentence(rnd, rnd.randint(4, 9)).rstrip(".")
            slug = "-".join(title.lower().split()[:6]) + "-%d" % p
            status = "draft" if p % 20 == 0 else "publish"
            author = rnd.choice(NAMES).split()[0].lower()
            terms = '<category domain="category" nicename="%s"><![CDATA[%s]]></category>' % (rnd.choice(CATEGORIES), "x")
            terms += "".join('<category domain="post_tag" nicename="%s"><![CDATA[%s]]></category>' % (t, t) for t in rnd.sample(TAGS, 3))
            meta = '<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>%d</wp:meta_value></wp:postmeta>' % (10 ** 7 + p) if p % 10 == 0 else ""
            f.write("<item>\n<title>%s</title>\n<link>%s/%s/%s/</link>\n<dc:creator><![CDATA[%s]]></dc:creator>\n"
                    '<guid isPermaLink="false">%s/?p=%d</guid>\n<content:encoded><![CDATA[%s]]></content:encoded>\n'
                    "<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n<wp:post_id>%d</wp:post_id>\n"
                    "<wp:post_date><![CDATA[%s]]></wp:post_date>\n<wp:post_name><![CDATA[%s]]></wp:post_name>\n"
                    "<wp:status><![CDATA[%s]]></wp:status>\n<wp:post_type><![CDATA[post]]></wp:post_type>\n"
                    "<wp:post_password><![CDATA[]]></wp:post_password>\n%s\n%s\n</item>\n"
                    % (escape(title), base, date[:10].replace("-", "/"), slug, author, base, p, body(rnd, p, base, p % 3 == 0),
                       p, date, slug, status, terms, meta))
            if p % 10 == 0:
                f.write("<item>\n<title>photo %d</title>\n<wp:post_id>%d</wp:post_id>\n<wp:post_type>attachment</wp:post_type>\n"
                        "<wp:status>inherit</wp:status>\n<wp:attachment_url>%s/wp-content/uploads/2015/06/photo-%d.jpg</wp:attachment_url>\n"
                        "<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A photograph</wp:meta_value></wp:postmeta>\n</item>\n"
                        % (p, 10 ** 7 + p, base, p % 500))
        f.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
