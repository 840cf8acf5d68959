using System.Globalization;
using Broadsheet.Common;
using Broadsheet.Diagnostics;
using Broadsheet.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Broadsheet.Import.Wordpress;

/// <summary>
/// <c>--section-map FILE</c>: which WordPress categories are the paper's sections, as YAML lines
/// <c>category-nicename: section-id</c>, in the order an issue prints the sections; other categories stay topics.
/// </summary>
public sealed class SectionMap
{
    private readonly Dictionary<string, string> _sections;

    private SectionMap(Dictionary<string, string> sections, List<string> order)
    {
        _sections = sections;
        SectionIds = order;
    }

    /// <summary>The section ids in the file's order.</summary>
    public IReadOnlyList<string> SectionIds { get; }

    public string? SectionOf(string categoryId) => _sections.GetValueOrDefault(categoryId);

    public static SectionMap Load(string path)
    {
        var display = DisplayPath.Of(Path.GetFullPath(path));
        if (!File.Exists(path))
        {
            throw new ImportFailedException($"--section-map {display} does not exist");
        }

        List<KeyValuePair<object, object?>> pairs;
        try
        {
            pairs = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>>(File.ReadAllText(path))?.ToList() ?? [];
        }
        catch (YamlException e)
        {
            throw new ImportFailedException(new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), $"the section map is not valid YAML: {e.Message}");
        }

        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (key, value) in pairs)
        {
            var category = Slugs.Of(Convert.ToString(key, CultureInfo.InvariantCulture) ?? "");
            var section = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            if (!Ids.IsValid(section))
            {
                throw new ImportFailedException(SourceLocation.File(display),
                    $"'{section}' (for category '{key}') is not a section id; use lowercase letters, digits and hyphens, like '{Ids.Slugify(section)}'");
            }

            sections[category] = section;
            order.Add(section);
        }

        return new SectionMap(sections, order);
    }
}
