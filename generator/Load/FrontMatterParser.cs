using Broadsheet.Common;
using Broadsheet.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Broadsheet.Load;

/// <summary>Parses front matter (or site.yml) with YamlDotNet into a <see cref="FrontMatterMapping"/> whose positions are file positions.</summary>
public static class FrontMatterParser
{
    /// <summary>Splits and parses a Markdown content file; null (with diagnostics) when it cannot be read.</summary>
    public static ContentDocument? Parse(SourceFile file, DiagnosticBag diagnostics, bool frontMatterRequired = true)
    {
        var parts = FrontMatterSplitter.Split(file, diagnostics);
        if (parts is null)
        {
            return null;
        }

        if (parts.Yaml is null)
        {
            if (frontMatterRequired)
            {
                diagnostics.Error(
                    new SourceLocation(file.DisplayPath, 1, 1),
                    "the file has no front matter; start it with a line '---', then 'title: ...', then '---'");
                return null;
            }

            return new ContentDocument(file, FrontMatterMapping.Empty, parts);
        }

        var mapping = ParseYaml(file.DisplayPath, parts.Yaml, parts.YamlLine, diagnostics);
        return mapping is null ? null : new ContentDocument(file, mapping, parts);
    }

    /// <summary>Parses a line of YAML and drops it: YamlDotNet's first use compiles a regular expression, which a build does early on a spare core.</summary>
    public static void Prepare() => ParseYaml("", "title: Prepared", 1, new DiagnosticBag());

    /// <summary>Parses YAML text that starts on <paramref name="firstLine"/> of its file; the root must be a mapping.</summary>
    public static FrontMatterMapping? ParseYaml(string displayPath, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new RestrictedParser(yaml));
        }
        catch (YamlRestrictionException e)
        {
            diagnostics.Error(new SourceLocation(displayPath, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column), e.Message);
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(
                new SourceLocation(displayPath, (int)e.Start.Line + firstLine - 1, (int)e.Start.Column),
                $"invalid YAML: {Describe(e, (int)e.Start.Line + firstLine - 1, LineOf(yaml, (int)e.Start.Line))}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner and parser fail this way on some malformed input, with no position
            // (both found by the fuzz test: an odd plain scalar in a flow list, and "!!str]" read as a tag).
            diagnostics.Error(
                new SourceLocation(displayPath, firstLine, 1),
                "invalid YAML: the front matter cannot be read; check its quotes, brackets and colons");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return FrontMatterMapping.Empty;
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return (FrontMatterMapping)Convert(mapping, firstLine);
        }

        var root = stream.Documents[0].RootNode;
        diagnostics.Error(
            new SourceLocation(displayPath, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column),
            "the front matter must be 'key: value' lines");
        return null;
    }

    /// <summary>A YamlDotNet node as our own, its position moved from the YAML text to the file.</summary>
    private static FrontMatterNode Convert(YamlNode node, int firstLine)
    {
        var line = (int)node.Start.Line + firstLine - 1;
        var column = (int)node.Start.Column;
        return node switch
        {
            YamlScalarNode scalar => new FrontMatterScalar(scalar.Value ?? "", scalar.Style == ScalarStyle.Plain, line, column),
            YamlSequenceNode sequence => new FrontMatterList(sequence.Children.Select(c => Convert(c, firstLine)).ToList(), line, column),
            YamlMappingNode mapping => new FrontMatterMapping(
                mapping.Children.Select(e => KeyValuePair.Create(Convert(e.Key, firstLine), Convert(e.Value, firstLine))).ToList(),
                line,
                column),

            // The restricted parser refuses aliases, the only other kind of node.
            _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
        };
    }

    /// <summary>YamlDotNet's message for the commonest slips, in the writer's words; any other as YamlDotNet puts it.</summary>
    /// <param name="line">The file line where the problem starts.</param>
    /// <param name="text">That line's text.</param>
    private static string Describe(YamlException e, int line, string text)
    {
        var raw = (e.InnerException?.Message ?? e.Message).ToLowerInvariant();
        if (raw.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return $"a quote opened at line {line} is never closed; end the value with the same quote mark on that line";
        }

        if (raw.Contains("could not find expected ':'", StringComparison.Ordinal)
            || (raw.Contains("did not find expected key", StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal)))
        {
            return "missing ':' after the key; write each line as 'key: value'";
        }

        if (raw.Contains("did not find expected key", StringComparison.Ordinal))
        {
            return "this line is indented differently from the keys above it; start every key at the same column";
        }

        if (raw.Contains("mapping values are not allowed in this context", StringComparison.Ordinal) || raw.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            return "a ': ' inside a value; put the whole value in double quotes";
        }

        if (raw.Contains("found character that cannot start any token", StringComparison.Ordinal))
        {
            return "a character YAML does not allow here (a tab, or a value starting with @ or `); indent with spaces, or quote the value";
        }

        return Verbatim(e);
    }

    /// <summary>The 1-based line of a YAML text; empty past its end.</summary>
    private static string LineOf(string yaml, int line) => yaml.Split('\n').ElementAtOrDefault(line - 1) ?? "";

    private static string Verbatim(YamlException e)
    {
        // YamlDotNet prefixes messages with its own "(Line: 1, Col: 2, ...)": we print the position ourselves.
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.').ToLowerInvariant() is var lowered && lowered.Length > 0
            ? char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.')
            : "the YAML could not be read";
    }
}
