using System.Text;

namespace FollowUpRules.Cli;

/// <summary>A plain-text table: columns padded to their widest cell, cells may span several lines.</summary>
internal sealed class TextTable
{
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

    public string Render()
    {
        var widths = _headings.Select(h => h.Length).ToArray();
        foreach (var row in _rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], Lines(row[c]).Max(l => l.Length));
            }
        }

        var text = new StringBuilder();
        AppendLine(text, _headings, widths);
        text.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in _rows)
        {
            var cells = row.Select(Lines).ToArray();
            var height = cells.Max(c => c.Length);
            for (var line = 0; line < height; line++)
            {
                AppendLine(text, cells.Select(c => line < c.Length ? c[line] : string.Empty).ToArray(), widths);
            }
        }

        return text.ToString();
    }

    private static string[] Lines(string cell) => cell.Split('\n');

    private static void AppendLine(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            line.Append(c == cells.Length - 1 ? cells[c] : cells[c].PadRight(widths[c] + 2));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
