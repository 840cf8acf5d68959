using System.Reflection;
using Broadsheet.Graph;
using Broadsheet.Model;
using Broadsheet.Render;
using Broadsheet.Render.Views;

namespace Broadsheet.Tests.Render;

/// <summary>
/// Every value a template can see of a view changes the view's fingerprint, so an incremental build never keeps a page
/// whose view changed. Each view type (found by reflection) is made from sample arguments, then again with one input
/// changed (also from each base with one other input changed): wherever what a template can read differs, the
/// fingerprint must differ too.
/// </summary>
public sealed class ViewFingerprintCoverageTests
{
    /// <summary>
    /// Values made only when printed, and the key that stands for each in a fingerprint: the builder of the view promises
    /// a different key whenever the value would differ, so the test changes the two together (a null key means none is
    /// known, and then the value itself must count).
    /// </summary>
    private static readonly Dictionary<(Type View, string Value), string> KeyOf = new()
    {
        [(typeof(ArticleLinkView), "summary")] = "summaryKey",
        [(typeof(RawHtml), "produce")] = "key",
    };

    private static readonly Assembly Generator = typeof(RawHtml).Assembly;

    public static TheoryData<string> ViewTypeNames() => new(ViewTypes().Select(t => t.FullName!));

    [Fact]
    public void View_types_are_found_in_the_views_namespace_and_in_what_their_members_hold()
    {
        var found = ViewTypes();

        Assert.Contains(typeof(ArticleView), found);
        Assert.Contains(typeof(AzView), found);
        Assert.Contains(typeof(PageNumberView), found);
        Assert.Contains(typeof(RawHtml), found);
        Assert.DoesNotContain(typeof(MarkdownText), found);
    }

    [Fact]
    public void Each_value_made_when_printed_names_a_parameter_of_its_view_and_its_key_another()
    {
        foreach (var ((view, value), key) in KeyOf)
        {
            var names = view.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.Name).ToHashSet();
            Assert.True(names.Contains(value) && names.Contains(key), $"{view.Name} has no constructor parameters {value} and {key}");
        }
    }

    [Fact]
    public void A_page_fingerprint_counts_each_part_of_the_page_its_templates_are_given()
    {
        // Kind, title and trail reach templates only through the frame (page.title, page.kind, page.breadcrumbs).
        var content = new PageContent("home.html", "home", "home", ViewSamples.View(typeof(HomeView), 0), "", []);
        var usual = new PreparedPage(new HomePage("index.html"), content, (SiteView)ViewSamples.View(typeof(SiteView), 0), (PageView)ViewSamples.View(typeof(PageView), 0));
        var pages = new Dictionary<string, PreparedPage>
        {
            ["usual"] = usual,
            ["template"] = usual with { Content = content with { Template = "issue.html" } },
            ["variable"] = usual with { Content = content with { Variable = "issue" } },
            ["layout"] = usual with { Content = content with { InLayout = false } },
            ["view"] = usual with { Content = content with { View = ViewSamples.View(typeof(HomeView), 1) } },
            ["site"] = usual with { Site = (SiteView)ViewSamples.View(typeof(SiteView), 1) },
            ["frame"] = usual with { Frame = (PageView)ViewSamples.View(typeof(PageView), 1) },
        };

        var alike = pages.GroupBy(p => PageRenderer.Fingerprint(p.Value).Hex).Where(g => g.Count() > 1).Select(g => string.Join(" and ", g.Select(p => p.Key))).ToList();
        Assert.True(alike.Count == 0, $"pages given different things share a fingerprint: {string.Join("; ", alike)}");
    }

    [Theory]
    [MemberData(nameof(ViewTypeNames))]
    public void Whatever_a_template_can_see_of_a_view_changes_its_fingerprint(string viewType)
    {
        var type = Generator.GetType(viewType, throwOnError: true)!;
        var problems = new List<string>();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var constructor in type.GetConstructors())
        {
            new ViewVariations(type, constructor, Inputs(type, constructor)).Check(problems, changed);
        }

        foreach (var member in ViewMembers.Visible(type).Where(m => !changed.Contains(m.Name)))
        {
            problems.Add(
                $"{type.Name}.{member.Name}: a template can read it, but no constructor argument or settable member changes it, " +
                "so nothing shows that the fingerprint covers it; make it from a constructor parameter");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// The public types of the views' namespace, RawHtml (which views hold), and every type of this assembly that their
    /// constructor parameters and readable members hold, recursively. Markdown texts are values, not views: the
    /// fingerprint counts them by their hash, and <see cref="ViewSamples"/> makes them.
    /// </summary>
    private static List<Type> ViewTypes()
    {
        var found = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        var pending = new Queue<Type>(Generator.GetExportedTypes().Where(t => t.Namespace == typeof(ArticleView).Namespace).Append(typeof(RawHtml)));
        while (pending.TryDequeue(out var type))
        {
            if (type.Assembly != Generator || type.IsEnum || type.IsInterface || type.IsAbstract || type == typeof(MarkdownText)
                || !found.TryAdd(type.FullName!, type))
            {
                continue;
            }

            var held = ViewMembers.Visible(type).Select(m => m is PropertyInfo p ? p.PropertyType : ((FieldInfo)m).FieldType)
                .Concat(type.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType));
            foreach (var part in held.SelectMany(Parts))
            {
                pending.Enqueue(part);
            }
        }

        return [.. found.Values];
    }

    private static IEnumerable<Type> Parts(Type type) =>
        type.HasElementType ? Parts(type.GetElementType()!)
        : type.IsGenericType ? type.GetGenericArguments().SelectMany(Parts)
        : [type];

    /// <summary>
    /// What the test changes of a view made from <paramref name="constructor"/>: each parameter (a value made when printed
    /// together with its key), then each member that can be set after it is made.
    /// </summary>
    private static List<ViewInput> Inputs(Type type, ConstructorInfo constructor)
    {
        var context = new NullabilityInfoContext();
        var parameters = constructor.GetParameters();
        var inputs = new List<ViewInput>();
        var keys = parameters.Where(p => KeyOf.ContainsKey((type, p.Name!))).Select(p => KeyOf[(type, p.Name!)]).ToHashSet();
        foreach (var parameter in parameters.Where(p => !keys.Contains(p.Name!)))
        {
            var values = ViewSamples.Of(parameter.ParameterType, context.Create(parameter));
            if (KeyOf.TryGetValue((type, parameter.Name!), out var keyName))
            {
                var key = parameters.Single(p => p.Name == keyName);
                var keyValues = ViewSamples.Of(key.ParameterType, context.Create(key));
                var pairs = values.SelectMany((v, i) => keyValues.Select((k, j) => (v, k, Same: i == j, None: ViewInput.IsNone(k))))
                    .Where(pair => pair.Same || pair.None)
                    .Select(pair => new object?[] { pair.v, pair.k })
                    .ToList();
                inputs.Add(new ViewInput($"{parameter.Name} (with its {keyName})", [parameter.Position, key.Position], null, pairs));
            }
            else
            {
                inputs.Add(new ViewInput(parameter.Name!, [parameter.Position], null, [.. values.Select(v => new[] { v })]));
            }
        }

        var names = parameters.Select(p => p.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Select(p => (Member: (MemberInfo)p, Type: p.PropertyType, Nullability: context.Create(p)))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance)
                .Where(f => !f.IsInitOnly)
                .Select(f => (Member: (MemberInfo)f, Type: f.FieldType, Nullability: context.Create(f))));
        foreach (var (member, memberType, nullability) in settable.Where(s => !names.Contains(s.Member.Name)))
        {
            inputs.Add(new ViewInput(member.Name, [], member, [.. ViewSamples.Of(memberType, nullability).Select(v => new[] { v })]));
        }

        return inputs;
    }
}
