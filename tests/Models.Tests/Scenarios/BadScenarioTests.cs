using TraffickingAbm.Models.Scenarios;

namespace TraffickingAbm.Models.Tests.Scenarios;

/// <summary>
/// A corpus of broken scenario files. Each is written to a real temporary file and loaded with
/// <see cref="ScenarioLoader.LoadFile"/>; the error must be a <see cref="ScenarioException"/> whose
/// message is one line, starts with "PATH:LINE: " (or "PATH: " when no line applies), names the key
/// and, for type and range errors, states what is allowed.
/// </summary>
public sealed class BadScenarioTests : IDisposable
{
    private readonly TempScenarioDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Case name, file text, expected 1-based line (0: no line applies), fragments the message must contain.</summary>
    public static TheoryData<string, string, int, string[]> Corpus => new()
    {
        // Unknown keys, with and without a did-you-mean hint.
        { "unknown-top-level-key", "name: t\nfoo: 1\n", 2, ["unknown key 'foo'", "Top-level keys:", "ticks", "interdiction"] },
        { "typo-in-section", "ticks: 12\ninterdiction:\n  sl_max: 50\n  sl_mn: 5\n", 4,
            ["unknown key 'interdiction.sl_mn'", "did you mean 'interdiction.sl_min'", "Keys in 'interdiction':"] },
        { "typo-in-supply", "supply:\n  intial_kg: 5\n", 2, ["unknown key 'supply.intial_kg'", "did you mean 'supply.initial_kg'"] },
        { "typo-top-level", "tikcs: 12\n", 1, ["unknown key 'tikcs'", "did you mean 'ticks'"] },
        { "unknown-key-in-section", "trafficking:\n  alpha: 2\n  gamma: 3\n", 3, ["unknown key 'trafficking.gamma'", "Keys in 'trafficking':", "alpha"] },

        // Wrong type.
        { "text-for-integer", "ticks: abc\n", 1, ["key 'ticks'", "an integer in 1..100000", "'abc'"] },
        { "fraction-for-integer", "interdiction:\n  sl_max: 1.5\n", 2, ["key 'interdiction.sl_max'", "an integer in 0..1000000", "'1.5'"] },
        { "exponent-for-integer", "ticks: 1e3\n", 1, ["key 'ticks'", "an integer in 1..100000", "'1e3'"] },
        { "text-for-real", "supply:\n  growth_rate_per_year: fast\n", 2, ["key 'supply.growth_rate_per_year'", "a number in 0..10", "'fast'"] },
        { "nan-for-real", "interdiction:\n  sl_learn: .nan\n", 2, ["key 'interdiction.sl_learn'", "a number in 0..1", "'.nan'"] },
        { "infinite-real", "supply:\n  initial_kg: 1e400\n", 2, ["key 'supply.initial_kg'", "a number in 0..", "'1e400'"] },
        { "null-for-integer", "ticks: ~\n", 1, ["key 'ticks'", "an integer in 1..100000"] },

        // Out of range.
        { "negative-ticks", "ticks: -5\n", 1, ["key 'ticks'", "-5", "out of range", "an integer in 1..100000"] },
        { "zero-ticks", "name: z\nticks: 0\n", 2, ["key 'ticks'", "out of range", "an integer in 1..100000"] },
        { "huge-ticks", "ticks: 99999999999\n", 1, ["key 'ticks'", "out of range", "an integer in 1..100000"] },
        { "sl-learn-above-1", "interdiction:\n  sl_learn: 1.5\n", 2, ["key 'interdiction.sl_learn'", "1.5", "out of range", "a number in 0..1"] },
        { "negative-window", "trafficking:\n  window: -3\n", 2, ["key 'trafficking.window'", "out of range", "an integer in 1..60"] },
        { "percentile-above-100", "landscape:\n  suitability_percentile: 101\n", 2, ["key 'landscape.suitability_percentile'", "out of range", "a number in 0..100"] },

        // Wrong shape.
        { "section-given-scalar", "ticks: 12\ninterdiction: 5\n", 2, ["key 'interdiction'", "must be a mapping", "sl_min"] },
        { "section-given-list", "supply:\n  - 1\n  - 2\n", 2, ["key 'supply'", "must be a mapping", "initial_kg"] },
        { "section-left-empty", "ticks: 12\ntrafficking:\n", 2, ["key 'trafficking'", "must be a mapping"] },
        { "parameter-given-flow-list", "ticks: [1, 2]\n", 1, ["key 'ticks'", "not a list", "an integer in 1..100000"] },
        { "parameter-given-block-list", "trafficking:\n  window:\n    - 1\n    - 2\n", 3, ["key 'trafficking.window'", "not a list", "an integer in 1..60"] },
        { "parameter-given-mapping", "interdiction:\n  sl_min:\n    low: 1\n", 3, ["key 'interdiction.sl_min'", "not a mapping", "an integer in 0..1000000"] },
        { "name-given-mapping", "name:\n  first: x\n", 2, ["key 'name'", "not a mapping"] },
        { "key-not-a-name", "? [a, b]\n: 1\n", 1, ["keys must be plain names"] },

        // Empty values.
        { "empty-value", "name: x\nticks:\n", 2, ["key 'ticks'", "has no value", "an integer in 1..100000"] },
        { "empty-value-before-next-key", "name: x\nticks:\nsupply:\n  initial_kg: 5\n", 2, ["key 'ticks'", "has no value"] },
        { "empty-quoted-value", "ticks: \"\"\n", 1, ["key 'ticks'", "has no value", "an integer in 1..100000"] },
        { "empty-value-in-section", "interdiction:\n  sl_learn:\n  sl_min: 3\n", 2, ["key 'interdiction.sl_learn'", "has no value", "a number in 0..1"] },

        // Duplicates.
        { "duplicate-top-level-key", "ticks: 12\nticks: 13\n", 2, ["Duplicate key", "ticks"] },
        { "duplicate-key-in-section", "interdiction:\n  sl_min: 5\n  sl_min: 6\n", 3, ["Duplicate key", "sl_min"] },
        { "dotted-and-nested-duplicate", "interdiction.sl_min: 5\ninterdiction:\n  sl_min: 6\n", 3, ["key 'interdiction.sl_min'", "given twice"] },

        // YAML syntax errors.
        { "bad-indentation", "ticks: 12\n  supply: 5\n", 2, ["YAML syntax error"] },
        { "tab-indentation", "ticks: 12\ninterdiction:\n\tsl_min: 3\n", 3, ["YAML syntax error at column 1", "tab"] },
        { "bad-indentation-in-section", "ticks: 12\nsupply:\n  initial_kg: 5\n   air_rate: 4\n", 4, ["YAML syntax error"] },
        { "unclosed-bracket", "ticks: [12\n", 2, ["YAML syntax error", "']'"] },
        { "unclosed-brace", "ticks: 12\nname: {a\n", 3, ["YAML syntax error", "'}'"] },

        // Whole-file problems.
        { "empty-file", "", 0, ["empty"] },
        { "only-comments", "# nothing here\n\n", 0, ["empty"] },
        { "root-is-a-list", "- ticks: 12\n- name: x\n", 1, ["must be a mapping"] },
        { "root-is-a-scalar", "just some words\n", 1, ["must be a mapping"] },
        { "two-documents", "ticks: 12\n---\nticks: 13\n", 0, ["2 YAML documents"] },

        // Inconsistent values.
        { "sl-min-above-sl-max", "interdiction:\n  sl_min: 50\n  sl_max: 10\n", 2,
            ["key 'interdiction.sl_min' = 50", "must not exceed", "'interdiction.sl_max' = 10"] },
        { "sl-min-above-default-sl-max", "ticks: 12\ninterdiction:\n  sl_min: 200\n", 3,
            ["key 'interdiction.sl_min' = 200", "must not exceed", "'interdiction.sl_max' = 113"] },
        { "more-nodes-than-cells", "landscape:\n  cells_per_department: 3\n  nodes_per_department: 4\n", 3,
            ["key 'landscape.nodes_per_department' = 4", "must not exceed", "'landscape.cells_per_department' = 3"] },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Bad_file_gives_one_line_error_with_path_line_and_key(string name, string yaml, int line, string[] mustContain)
    {
        string path = _dir.Write(name, yaml);

        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));

        AssertOneLine(e.Message);
        string prefix = line > 0 ? $"{path}:{line}: " : $"{path}: ";
        Assert.StartsWith(prefix, e.Message);
        foreach (string fragment in mustContain) Assert.Contains(fragment, e.Message);
    }

    [Fact]
    public void Out_of_range_sl_learn_states_the_unit_interval()
    {
        string path = _dir.Write("sl-learn", "interdiction:\n  sl_learn: 1.5\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        Assert.EndsWith("allowed: a number in 0..1", e.Message);
    }

    [Fact]
    public void Error_in_a_later_line_is_not_reported_on_an_earlier_line()
    {
        // A long valid prefix: the line number must count every line, comments and blanks included.
        string yaml = "# comment\n\nname: long\ndescription: a file with many lines\nticks: 12\nlandscape:\n  departments: 10\n" +
                      "  cells_per_department: 20\n\n# more\nsupply:\n  initial_kg: 100\ntrafficking:\n  window: 61\n";
        string path = _dir.Write("late-error", yaml);
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        Assert.StartsWith($"{path}:14: key 'trafficking.window'", e.Message);
        Assert.Contains("an integer in 1..60", e.Message);
    }

    [Fact]
    public void Windows_line_endings_give_the_same_line_numbers()
    {
        string path = _dir.Write("crlf", "name: crlf\r\nticks: 12\r\ninterdiction:\r\n  sl_learn: 2\r\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        AssertOneLine(e.Message);
        Assert.StartsWith($"{path}:4: key 'interdiction.sl_learn'", e.Message);
    }

    [Fact]
    public void Missing_file_names_the_path_and_the_built_ins()
    {
        string path = System.IO.Path.Combine(_dir.Path, "no-such-scenario.yaml");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        AssertOneLine(e.Message);
        Assert.StartsWith($"{path}: ", e.Message);
        Assert.Contains("no such file", e.Message);
        Assert.Contains("baseline", e.Message);
    }

    [Fact]
    public void Missing_folder_names_the_path()
    {
        string path = System.IO.Path.Combine(_dir.Path, "no-such-folder", "x.yaml");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        AssertOneLine(e.Message);
        Assert.StartsWith($"{path}: ", e.Message);
        Assert.Contains("no such file", e.Message);
    }

    [Fact]
    public void Directory_path_is_a_scenario_error_naming_the_path()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(_dir.Path));
        AssertOneLine(e.Message);
        Assert.StartsWith($"{_dir.Path}: ", e.Message);
    }

    [Fact]
    public void Directory_path_says_it_is_a_directory()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(_dir.Path));
        Assert.Contains("directory", e.Message);
        Assert.DoesNotContain("permission denied", e.Message);
    }

    [Fact]
    public void Typo_in_a_section_name_suggests_the_section()
    {
        string path = _dir.Write("section-typo", "interdicton:\n  sl_min: 5\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        Assert.StartsWith($"{path}:1: unknown key 'interdicton'", e.Message);
        Assert.Contains("did you mean 'interdiction'", e.Message);
    }

    [Fact]
    public void Typo_in_a_section_name_is_still_a_one_line_error_naming_the_key()
    {
        string path = _dir.Write("section-typo", "interdicton:\n  sl_min: 5\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        AssertOneLine(e.Message);
        Assert.StartsWith($"{path}:1: unknown key 'interdicton'", e.Message);
        Assert.Contains("interdiction", e.Message[$"{path}:1: unknown key 'interdicton'".Length..]);
    }

    [Fact]
    public void Sl_max_below_default_sl_min_names_both_keys()
    {
        // Only sl_max is in the file; the conflict is with the default sl_min (19).
        string path = _dir.Write("sl-max-low", "interdiction:\n  sl_max: 5\n");
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadFile(path));
        AssertOneLine(e.Message);
        Assert.StartsWith(path + ":", e.Message);
        Assert.Contains("'interdiction.sl_min' = 19", e.Message);
        Assert.Contains("'interdiction.sl_max' = 5", e.Message);
    }

    [Fact]
    public void Parse_names_the_given_origin()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse("ticks: 12\nbogus: 1\n", "inline-origin", "x"));
        Assert.StartsWith("inline-origin:2: unknown key 'bogus'", e.Message);
    }

    private static void AssertOneLine(string message)
    {
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
    }
}
