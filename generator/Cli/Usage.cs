namespace Broadsheet.Cli;

/// <summary>The help text.</summary>
public static class Usage
{
    public const string Text = """
        broadsheet — builds a newspaper archive of Markdown articles into a static site

        Usage:
          broadsheet build [--source DIR] [--templates DIR] [--output DIR] [--drafts] [--base-url URL] [--warnings-as-errors]
          broadsheet check [DIR]
          broadsheet --help | --version

        build     builds the archive in --source (default site-content) into --output (default output).
                  Templates come from --templates, else from a templates/ folder inside the source,
                  else from the default theme built into broadsheet.
                  --drafts includes articles marked 'draft: true'.
                  --base-url sets the deployed address (overrides base_url in site.yml).
                  --warnings-as-errors fails the build on any warning (for CI).
        check     checks an existing site (default output): every link, anchor and image resolves.

        Exit codes: 0 done, 1 errors in the content or templates (all listed, with file:line:column),
                    2 wrong command line, 3 an internal error (a bug: please report it).
        """;
}
