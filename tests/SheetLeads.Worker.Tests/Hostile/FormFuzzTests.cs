using System.Text.Json;
using SheetLeads.Worker.Forms;

namespace SheetLeads.Worker.Tests.Hostile;

/// <summary>
/// Issue 8 item 3: damaged form pages of every preset parse to submissions, or are refused as JSON that does not parse
/// or as another shape (which the channels record as a skip or a channel problem) — never another exception, never a
/// hang. The inputs are the recorded pages under Fixtures/forms, damaged at random from a fixed seed.
/// </summary>
public sealed class FormFuzzTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Every_damaged_page_is_read_or_refused_in_words_without_a_crash_or_a_hang()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "forms");
        var pages = FormPresets.All.SelectMany(p => Directory.GetFiles(Path.Combine(root, p.Name.ToLowerInvariant()), "*.json").Order(StringComparer.Ordinal)
            .Select(file => (Preset: p, File: file))).ToArray();
        var random = new Random(Mutations.Seed);
        var read = 0;
        for (var i = 0; i < Mutations.Cases(ci: 300); i++)
        {
            var (preset, file) = pages[random.Next(pages.Length)];
            var json = Mutations.Damage(File.ReadAllBytes(file), random);
            try
            {
                await Task.Run(() =>
                {
                    using var document = FormJson.Parse(json);
                    preset.Parse(document.RootElement);
                }).WaitAsync(HangGuard);
                read++;
            }
            catch (Exception e) when (e is JsonException or FormShapeException)
            {
                // Refused in words: the folder channel records it as an unparseable skip, the HTTP channel as its problem.
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException(Mutations.Replay($"{Path.GetFileName(file)} as {preset.Name} threw {e.GetType().Name}: {e.Message}", i));
            }
        }
        Assert.True(read > 0, "no damaged page was read at all: the damage is too heavy to test the parsers");
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_inside_a_string_are_kept_as_replacement_characters_not_thrown_mid_page()
    {
        byte[] json = [.. "{ \"id\": \"s1\", \"fields\": { \"Name\": \"Ann "u8, 0xFF, 0xC3, .. " Lee\" } }"u8];

        using var document = FormJson.Parse(json);

        Assert.Equal("Ann \uFFFD\uFFFD Lee", document.RootElement.GetProperty("fields").GetProperty("Name").GetString());
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_are_refused_as_JSON_that_does_not_parse()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(deep));
    }
}
