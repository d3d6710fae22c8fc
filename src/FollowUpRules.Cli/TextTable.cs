using System.Text;

namespace FollowUpRules.Cli;

/// <summary>
/// A plain-text table: columns padded to their widest cell, cells may span several lines, and a
/// table wider than the terminal wraps its widest columns at spaces until it fits.
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private const int NarrowestColumn = 12;

    private readonly string[] _headings;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headings) => _headings = headings;

    public TextTable Row(params string[] cells)
    {
        if (cells.Length != _headings.Length)
        {
            throw new ArgumentException($"A row needs {_headings.Length} cells; got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Renders the table in at most <paramref name="width"/> characters a line (where its words allow).</summary>
    public string Render(int width = int.MaxValue)
    {
        var widths = _headings.Select(h => h.Length).ToArray();
        foreach (var row in _rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Split('\n').Max(l => l.Length));
            }
        }

        Fit(widths, width);
        var text = new StringBuilder();
        AppendRow(text, _headings, widths);
        text.Append(string.Join(Gap, widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in _rows)
        {
            AppendRow(text, row, widths);
        }

        return text.ToString();
    }

    /// <summary>Narrows the widest column, one character at a time, until the table fits or every column is narrow.</summary>
    private static void Fit(int[] widths, int width)
    {
        while (widths.Sum() + (Gap.Length * (widths.Length - 1)) > width)
        {
            var widest = Array.IndexOf(widths, widths.Max());
            if (widths[widest] <= NarrowestColumn)
            {
                return;
            }

            widths[widest]--;
        }
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        var wrapped = cells.Select((cell, c) => Terminal.Wrap(cell, widths[c], hanging: 0).TrimEnd('\n').Split('\n')).ToArray();
        var height = wrapped.Max(c => c.Length);
        for (var line = 0; line < height; line++)
        {
            var row = new StringBuilder();
            for (var c = 0; c < wrapped.Length; c++)
            {
                var part = line < wrapped[c].Length ? wrapped[c][line] : string.Empty;
                row.Append(c == wrapped.Length - 1 ? part : part.PadRight(widths[c]) + Gap);
            }

            text.Append(row.ToString().TrimEnd()).Append('\n');
        }
    }
}
