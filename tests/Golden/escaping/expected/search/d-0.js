BroadsheetSearch.load("d-0",[
["“>\u003cimg src=x onerror=alert(1)>","O'Brien \u003cb>","1 January 2020","The body is Markdown, rendered as HTML: emphasis & ampersands are escaped by Markdig."]]);
