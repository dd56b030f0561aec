using System.Globalization;
using SheetLeads.SheetsEmulator.A1;
using SheetLeads.SheetsEmulator.Model;

namespace SheetLeads.SheetsEmulator.Values;

/// <summary>
/// Evaluates the small part of Sheets' formula language tests need: literals, cell and range references (also on
/// other tabs), arithmetic, comparison, "&amp;" and a few common functions (HYPERLINK shows its label, MEDIAN and
/// PERCENTILE.INC interpolate between closest ranks). Other functions Sheets knows (IMPORTXML,
/// PERCENTILE.INC, ...) are kept as formulas and show #N/A; text that does not parse shows #ERROR!, as in Sheets.
/// </summary>
internal sealed class FormulaEngine
{
    private static readonly HashSet<string> NotEvaluated = new(StringComparer.OrdinalIgnoreCase)
    {
        "IMPORTXML", "IMPORTHTML", "IMPORTDATA", "IMPORTRANGE", "IMPORTFEED", "IMAGE", "QUERY", "FILTER",
        "SORT", "UNIQUE", "ARRAYFORMULA", "PERCENTILE.EXC", "COUNTIFS",
        "SUMIFS", "AVERAGEIFS", "VLOOKUP", "XLOOKUP", "INDEX", "MATCH", "TODAY", "NOW", "NETWORKDAYS", "DATEDIF",
        "TEXT", "DATE", "DATEVALUE", "REGEXMATCH", "REGEXEXTRACT", "SPLIT", "JOIN", "TEXTJOIN", "SPARKLINE", "GOOGLEFINANCE",
    };

    private readonly SpreadsheetState _spreadsheet;
    private readonly HashSet<(int, int, int)> _visiting = [];

    public FormulaEngine(SpreadsheetState spreadsheet) => _spreadsheet = spreadsheet;

    /// <summary>The effective value of a cell: its value, or what its formula computes.</summary>
    public CellValue? Effective(SheetState sheet, int row, int column)
    {
        var value = sheet.Get(row, column)?.Value;
        if (value is not FormulaValue formula)
            return value;
        if (!_visiting.Add((sheet.SheetId, row, column)))
            return new ErrorValue("REF", "#REF!", "Circular dependency detected. To resolve with iterative calculation, see File > Settings.");
        try
        {
            var result = Evaluate(sheet, formula.Formula);
            return result is Ref reference ? Single(reference) : (CellValue?)result ?? new NumberValue(0);
        }
        finally
        {
            _visiting.Remove((sheet.SheetId, row, column));
        }
    }

    private object? Evaluate(SheetState sheet, string formula)
    {
        try
        {
            var parser = new Parser(this, sheet, formula[1..]);
            var result = parser.ParseExpression();
            parser.ExpectEnd();
            return result;
        }
        catch (FormulaError error)
        {
            return error.Value;
        }
    }

    private CellValue? Single(Ref reference)
    {
        if (reference.Area.Rows != 1 || reference.Area.Columns != 1)
            return new ErrorValue("VALUE", "#VALUE!", "An array value could not be found.");
        return Effective(reference.Area.Sheet, reference.Area.StartRow, reference.Area.StartColumn);
    }

    private IEnumerable<CellValue?> Values(object? operand)
    {
        if (operand is Ref reference)
        {
            var area = reference.Area;
            var lastRow = Math.Min(area.EndRow, area.Sheet.RowCount);
            for (var r = area.StartRow; r < lastRow; r++)
            {
                if (area.Sheet.Row(r) is null)
                    continue;
                for (var c = area.StartColumn; c < area.EndColumn; c++)
                    yield return Effective(area.Sheet, r, c);
            }
        }
        else
        {
            yield return operand as CellValue;
        }
    }

    private CellValue? Scalar(object? operand) => operand is Ref reference ? Single(reference) : operand as CellValue;

    private double Number(object? operand)
    {
        var value = Scalar(operand);
        return value switch
        {
            null => 0,
            NumberValue n => n.Number,
            BoolValue b => b.Value ? 1 : 0,
            TextValue t when double.TryParse(t.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            ErrorValue e => throw new FormulaError(e),
            _ => throw new FormulaError(new ErrorValue("VALUE", "#VALUE!", "Function expects number values.")),
        };
    }

    private string Text(object? operand) => Scalar(operand) switch
    {
        null => "",
        TextValue t => t.Text,
        NumberValue n => NumberFormatter.General(n.Number),
        BoolValue b => b.Value ? "TRUE" : "FALSE",
        ErrorValue e => throw new FormulaError(e),
        _ => "",
    };

    private bool Truth(object? operand) => Scalar(operand) switch
    {
        null => false,
        BoolValue b => b.Value,
        NumberValue n => n.Number != 0,
        TextValue t when bool.TryParse(t.Text, out var b) => b,
        ErrorValue e => throw new FormulaError(e),
        _ => throw new FormulaError(new ErrorValue("VALUE", "#VALUE!", "Function expects boolean values.")),
    };

    private object? Call(string name, List<Func<object?>> args)
    {
        var upper = name.ToUpperInvariant();
        IEnumerable<CellValue?> All() => args.SelectMany(a => Values(a()));
        IEnumerable<double> Numbers() => All().Select(v => v switch
        {
            ErrorValue e => throw new FormulaError(e),
            NumberValue n => (double?)n.Number,
            _ => null,
        }).OfType<double>();
        switch (upper)
        {
            case "SUM":
                return new NumberValue(Numbers().Sum());
            case "COUNT":
                return new NumberValue(All().Count(v => v is NumberValue));
            case "COUNTA":
                return new NumberValue(All().Count(v => v is not null && !(v is TextValue { Text.Length: 0 })));
            case "COUNTBLANK":
                return new NumberValue(All().Count(v => v is null || v is TextValue { Text.Length: 0 }));
            case "AVERAGE":
                var numbers = Numbers().ToList();
                return numbers.Count == 0
                    ? new ErrorValue("DIVIDE_BY_ZERO", "#DIV/0!", "Evaluation of function AVERAGE caused a divide by zero error.")
                    : new NumberValue(numbers.Average());
            case "MIN":
                return new NumberValue(Numbers().DefaultIfEmpty(0).Min());
            case "MAX":
                return new NumberValue(Numbers().DefaultIfEmpty(0).Max());
            case "IF":
                return Truth(args[0]()) ? (args.Count > 1 ? args[1]() : new BoolValue(true)) : (args.Count > 2 ? args[2]() : new BoolValue(false));
            case "IFERROR":
                var first = Scalar(args[0]());
                return first is ErrorValue ? (args.Count > 1 ? args[1]() : new TextValue("")) : first;
            case "AND":
                return new BoolValue(args.All(a => Truth(a())));
            case "OR":
                return new BoolValue(args.Any(a => Truth(a())));
            case "NOT":
                return new BoolValue(!Truth(args[0]()));
            case "CONCATENATE" or "CONCAT":
                return new TextValue(string.Concat(args.Select(a => Text(a()))));
            case "LEN":
                return new NumberValue(Text(args[0]()).Length);
            case "UPPER":
                return new TextValue(Text(args[0]()).ToUpperInvariant());
            case "LOWER":
                return new TextValue(Text(args[0]()).ToLowerInvariant());
            case "TRIM":
                return new TextValue(string.Join(' ', Text(args[0]()).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            case "ROUND":
                return new NumberValue(Math.Round(Number(args[0]()), args.Count > 1 ? (int)Number(args[1]()) : 0, MidpointRounding.AwayFromZero));
            case "ABS":
                return new NumberValue(Math.Abs(Number(args[0]())));
            case "COUNTIF":
                var criterion = Scalar(args[1]());
                return new NumberValue(Values(args[0]()).Count(v => Same(v, criterion)));
            case "HYPERLINK":
                return new TextValue(Text(args[^1]()));
            case "MEDIAN":
                return Percentile(Numbers().ToList(), 0.5, upper);
            case "PERCENTILE" or "PERCENTILE.INC":
                var values = Values(args[0]()).OfType<NumberValue>().Select(n => n.Number).ToList();
                return Percentile(values, Number(args[1]()), upper);
            case "ISBLANK":
                return new BoolValue(Scalar(args[0]()) is null);
            default:
                if (NotEvaluated.Contains(upper))
                    return new ErrorValue("N_A", "#N/A", $"The emulator keeps {upper} as a formula without evaluating it.");
                return new ErrorValue("NAME", "#NAME?", $"Unknown function: '{name}'.");
        }
    }

    /// <summary>PERCENTILE.INC: linear between closest ranks.</summary>
    private static CellValue Percentile(List<double> values, double k, string function)
    {
        if (values.Count == 0 || k is < 0 or > 1)
            return new ErrorValue("NUM", "#NUM!", $"Function {function} parameter is out of range.");
        values.Sort();
        var rank = k * (values.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, values.Count - 1);
        return new NumberValue(values[low] + (rank - low) * (values[high] - values[low]));
    }

    private static bool Same(CellValue? a, CellValue? b) => (a, b) switch
    {
        (NumberValue x, NumberValue y) => x.Number == y.Number,
        (TextValue x, TextValue y) => string.Equals(x.Text, y.Text, StringComparison.OrdinalIgnoreCase),
        (BoolValue x, BoolValue y) => x.Value == y.Value,
        (null, TextValue { Text.Length: 0 }) or (null, null) => true,
        _ => false,
    };

    private sealed record Ref(GridArea Area);

    private sealed class FormulaError(ErrorValue value) : Exception(value.Message)
    {
        public ErrorValue Value { get; } = value;
    }

    private sealed class Parser(FormulaEngine engine, SheetState sheet, string text)
    {
        private static readonly string[] Comparisons = ["<=", ">=", "<>", "=", "<", ">"];
        private static readonly ErrorValue ParseError = new("ERROR", "#ERROR!", "Formula parse error.");
        private int _position;

        public void ExpectEnd()
        {
            SkipSpaces();
            if (_position != text.Length)
                throw new FormulaError(ParseError);
        }

        public object? ParseExpression() => Comparison();

        private object? Comparison()
        {
            var left = Concatenation();
            while (true)
            {
                SkipSpaces();
                var op = Comparisons.FirstOrDefault(o => text.AsSpan(_position).StartsWith(o, StringComparison.Ordinal));
                if (op is null)
                    return left;
                _position += op.Length;
                var right = Concatenation();
                left = Compare(engine.Scalar(left), engine.Scalar(right), op);
            }
        }

        private static BoolValue Compare(CellValue? a, CellValue? b, string op)
        {
            int order;
            if (a is NumberValue or null && b is NumberValue or null)
                order = ((a as NumberValue)?.Number ?? 0).CompareTo((b as NumberValue)?.Number ?? 0);
            else
                order = string.Compare(Plain(a), Plain(b), StringComparison.OrdinalIgnoreCase);
            return new BoolValue(op switch
            {
                "=" => order == 0,
                "<>" => order != 0,
                "<" => order < 0,
                ">" => order > 0,
                "<=" => order <= 0,
                _ => order >= 0,
            });
        }

        private static string Plain(CellValue? value) => value switch
        {
            TextValue t => t.Text,
            NumberValue n => NumberFormatter.General(n.Number),
            BoolValue b => b.Value ? "TRUE" : "FALSE",
            _ => "",
        };

        private object? Concatenation()
        {
            var left = Additive();
            while (Accept('&'))
            {
                var right = Additive();
                left = new TextValue(engine.Text(left) + engine.Text(right));
            }
            return left;
        }

        private object? Additive()
        {
            var left = Multiplicative();
            while (true)
            {
                if (Accept('+'))
                    left = new NumberValue(engine.Number(left) + engine.Number(Multiplicative()));
                else if (Accept('-'))
                    left = new NumberValue(engine.Number(left) - engine.Number(Multiplicative()));
                else
                    return left;
            }
        }

        private object? Multiplicative()
        {
            var left = Power();
            while (true)
            {
                if (Accept('*'))
                {
                    left = new NumberValue(engine.Number(left) * engine.Number(Power()));
                }
                else if (Accept('/'))
                {
                    var divisor = engine.Number(Power());
                    if (divisor == 0)
                        throw new FormulaError(new ErrorValue("DIVIDE_BY_ZERO", "#DIV/0!", "Function DIVIDE parameter 2 cannot be zero."));
                    left = new NumberValue(engine.Number(left) / divisor);
                }
                else
                {
                    return left;
                }
            }
        }

        private object? Power()
        {
            var left = Unary();
            while (Accept('^'))
                left = new NumberValue(Math.Pow(engine.Number(left), engine.Number(Unary())));
            return left;
        }

        private object? Unary()
        {
            if (Accept('-'))
                return new NumberValue(-engine.Number(Unary()));
            if (Accept('+'))
                return Unary();
            var value = Primary();
            if (Accept('%'))
                return new NumberValue(engine.Number(value) / 100);
            return value;
        }

        private object? Primary()
        {
            SkipSpaces();
            if (_position >= text.Length)
                throw new FormulaError(ParseError);
            var c = text[_position];
            if (c == '(')
            {
                _position++;
                var inner = ParseExpression();
                if (!Accept(')'))
                    throw new FormulaError(ParseError);
                return inner;
            }
            if (c == '"')
                return new TextValue(ReadString());
            if (char.IsAsciiDigit(c) || c == '.')
                return new NumberValue(ReadNumber());
            var start = _position;
            if (c == '\'')
            {
                SkipQuoted();
            }
            while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] is '_' or '.' or '$' or '!' or ':' or '\''))
            {
                if (text[_position] == '\'')
                    SkipQuoted();
                else
                    _position++;
            }
            var word = text[start.._position];
            if (word.Length == 0)
                throw new FormulaError(ParseError);
            SkipSpaces();
            if (_position < text.Length && text[_position] == '(')
            {
                _position++;
                var args = new List<Func<object?>>();
                SkipSpaces();
                if (!Accept(')'))
                {
                    do
                    {
                        var argStart = _position;
                        ParseExpressionSkipping();
                        var argEnd = _position;
                        var argText = text[argStart..argEnd];
                        args.Add(() => new Parser(engine, sheet, argText).ParseWhole());
                    }
                    while (Accept(',') || Accept(';'));
                    if (!Accept(')'))
                        throw new FormulaError(ParseError);
                }
                return engine.Call(word, args);
            }
            if (string.Equals(word, "TRUE", StringComparison.OrdinalIgnoreCase))
                return new BoolValue(true);
            if (string.Equals(word, "FALSE", StringComparison.OrdinalIgnoreCase))
                return new BoolValue(false);
            var a1 = word.Replace("$", "", StringComparison.Ordinal);
            if (!A1Range.TryParse(a1, out var range))
                throw new FormulaError(new ErrorValue("NAME", "#NAME?", $"Unknown range name: '{word}'."));
            try
            {
                var resolved = range.SheetTitle is null ? range with { SheetTitle = sheet.Title } : range;
                return new Ref(GridArea.Resolve(engine._spreadsheet, resolved, a1, allowBeyondGrid: true));
            }
            catch (ApiException)
            {
                throw new FormulaError(new ErrorValue("REF", "#REF!", $"Unresolved sheet name '{range.SheetTitle}'."));
            }
        }

        private object? ParseWhole()
        {
            var value = ParseExpression();
            ExpectEnd();
            return value;
        }

        /// <summary>Moves past one argument without evaluating it, so IF and IFERROR evaluate only the branch they take.</summary>
        private void ParseExpressionSkipping()
        {
            var depth = 0;
            while (_position < text.Length)
            {
                var c = text[_position];
                if (c == '"')
                {
                    ReadString();
                    continue;
                }
                if (c == '\'')
                {
                    SkipQuoted();
                    continue;
                }
                if (c == '(')
                    depth++;
                else if (c == ')')
                {
                    if (depth == 0)
                        return;
                    depth--;
                }
                else if (c is ',' or ';' && depth == 0)
                    return;
                _position++;
            }
        }

        private void SkipQuoted()
        {
            _position++;
            while (_position < text.Length)
            {
                if (text[_position] == '\'')
                {
                    if (_position + 1 < text.Length && text[_position + 1] == '\'')
                    {
                        _position += 2;
                        continue;
                    }
                    _position++;
                    return;
                }
                _position++;
            }
        }

        private string ReadString()
        {
            var sb = new System.Text.StringBuilder();
            _position++;
            while (true)
            {
                if (_position >= text.Length)
                    throw new FormulaError(ParseError);
                if (text[_position] == '"')
                {
                    if (_position + 1 < text.Length && text[_position + 1] == '"')
                    {
                        sb.Append('"');
                        _position += 2;
                        continue;
                    }
                    _position++;
                    return sb.ToString();
                }
                sb.Append(text[_position++]);
            }
        }

        private double ReadNumber()
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '.'))
                _position++;
            if (_position < text.Length && text[_position] is 'e' or 'E')
            {
                _position++;
                if (_position < text.Length && text[_position] is '+' or '-')
                    _position++;
                while (_position < text.Length && char.IsAsciiDigit(text[_position]))
                    _position++;
            }
            if (!double.TryParse(text[start.._position], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                throw new FormulaError(ParseError);
            return number;
        }

        private bool Accept(char c)
        {
            SkipSpaces();
            if (_position < text.Length && text[_position] == c)
            {
                _position++;
                return true;
            }
            return false;
        }

        private void SkipSpaces()
        {
            while (_position < text.Length && text[_position] == ' ')
                _position++;
        }
    }
}
