using System.Text;

namespace SheetLeads.Worker.Tests.Hostile;

/// <summary>
/// Seeded mutations of well-formed inputs, the kinds of damage real mail and real APIs show: bytes flipped, cut short,
/// slices repeated, NULs and control characters, boundaries and braces out of place, formula-looking text.
/// </summary>
internal static class Mutations
{
    /// <summary>How many mutated inputs a run tries: SHEETLEADS_FUZZ_CASES (scripts/fuzz.sh sets thousands), else <paramref name="ci"/>.</summary>
    public static int Cases(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("SHEETLEADS_FUZZ_CASES"), out var n) && n > 0 ? n : ci;

    /// <summary>The seed: SHEETLEADS_FUZZ_SEED to replay a failure, else a fixed one.</summary>
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("SHEETLEADS_FUZZ_SEED"), out var s) ? s : 20261123;

    private static readonly byte[][] Insertions =
    [
        "\0"u8.ToArray(), "\r"u8.ToArray(), "\n\n"u8.ToArray(), "\u202E"u8.ToArray(), "=HYPERLINK(\"http://x\")"u8.ToArray(),
        "\r\n--"u8.ToArray(), "\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n"u8.ToArray(), "=?utf-8?B?////?="u8.ToArray(),
        "charset=\"x-nonsense\0\""u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "\""u8.ToArray(), "[[[[[[[["u8.ToArray(),
        [0xFF, 0xFE, 0xC3], "@SUM(1)"u8.ToArray(), "+44 7700"u8.ToArray(), "\t\v\f"u8.ToArray(),
    ];

    /// <summary>One to five damages of <paramref name="input"/>.</summary>
    public static byte[] Damage(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        for (var n = 1 + random.Next(5); n > 0 && bytes.Count > 0; n--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: // flip a byte
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1: // cut short
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2: // a slice repeated
                    var length = Math.Min(1 + random.Next(200), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 3: // something hostile inserted
                    bytes.InsertRange(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 4: // a slice dropped
                    bytes.RemoveRange(at, Math.Min(1 + random.Next(200), bytes.Count - at));
                    break;
                default: // a long run of one character (a huge header line, a long token)
                    bytes.InsertRange(at, Enumerable.Repeat((byte)"aA=-0 "[random.Next(6)], 1 + random.Next(100_000)));
                    break;
            }
        }
        return bytes.ToArray();
    }

    /// <summary>For a failure message: where the case came from and how to replay it.</summary>
    public static string Replay(string what, int index) =>
        new StringBuilder().Append(what).Append(" (case ").Append(index).Append(", SHEETLEADS_FUZZ_SEED=").Append(Seed).Append(')').ToString();
}
