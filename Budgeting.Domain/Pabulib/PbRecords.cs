namespace Budgeting.Domain.Pabulib;

/// <summary>
/// Reads RFC 4180 records separated by ';': a field in double quotes may hold ';', line breaks and "" for a quote.
/// </summary>
internal static class PbRecords
{
    /// <summary>The records, each with the line (1-based) it starts on.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(string text)
    {
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var field = new System.Text.StringBuilder();
        var line = 1;
        while (position < text.Length)
        {
            var (record, start) = (new List<string>(), line);
            while (true)
            {
                field.Clear();
                position = ReadField(text, position, field, ref line);
                record.Add(field.ToString());
                if (position >= text.Length) break;
                var separator = text[position++];
                if (separator == ';') continue;
                if (separator == '\r' && position < text.Length && text[position] == '\n') position++;
                line++;
                break;
            }
            if (record.Count > 1 || record[0].Length > 0) yield return (start, record);
        }
    }

    private static int ReadField(string text, int position, System.Text.StringBuilder field, ref int line)
    {
        if (position < text.Length && text[position] == '"')
        {
            position++;
            while (position < text.Length)
            {
                var c = text[position++];
                if (c == '\n') line++;
                if (c != '"') field.Append(c);
                else if (position < text.Length && text[position] == '"') { field.Append('"'); position++; }
                else break;
            }
        }
        var end = text.IndexOfAny(Separators, position);
        if (end < 0) end = text.Length;
        field.Append(text, position, end - position);
        return end;
    }

    private static readonly char[] Separators = [';', '\n', '\r'];

    public static string Write(IEnumerable<string> fields) => string.Join(';', fields.Select(Quote));

    private static string Quote(string field) =>
        field.IndexOfAny(['"', ';', '\n', '\r']) < 0 && field.Trim() == field
            ? field
            : "\"" + field.Replace("\"", "\"\"") + "\"";
}
