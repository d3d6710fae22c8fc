using System.Text;

namespace FollowUpRules.Cli;

/// <summary>
/// Where the tool reads and writes: standard input, output and error; whether to style headings (a
/// terminal that is not <c>TERM=dumb</c>, without <c>NO_COLOR</c>); how wide a line may be; the clock
/// for "now" when <c>--now</c> is not given; and whether errors are written as JSON.
/// </summary>
internal sealed class Terminal
{
    /// <summary>The width of output that is not a terminal and has no <c>COLUMNS</c>: lines are not wrapped.</summary>
    public const int Unlimited = int.MaxValue;

    public Terminal(TextWriter output, TextWriter error, bool styled, IClockSource clock, int width = Unlimited, Stream? input = null)
    {
        Output = output;
        Error = error;
        Styled = styled;
        Clock = clock;
        Width = Math.Max(width, 40);
        Input = input ?? Stream.Null;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public Stream Input { get; }

    /// <summary>Gets or sets standard output as bytes, for commands that stream (followup decide); when null they write through <see cref="Output"/>.</summary>
    public Stream? OutputStream { get; set; }

    public bool Styled { get; }

    public IClockSource Clock { get; }

    /// <summary>Gets the most characters a line of text may take.</summary>
    public int Width { get; }

    /// <summary>Gets or sets a value indicating whether errors are written as JSON (the command was given <c>--json</c>).</summary>
    public bool JsonErrors { get; set; }

    /// <summary>Decides how the real console is styled and how wide it is.</summary>
    public static (bool Styled, int Width) Console(Func<string, string?> environment)
    {
        var redirected = System.Console.IsOutputRedirected;
        int? window = null;
        if (!redirected)
        {
            try
            {
                window = System.Console.WindowWidth;
            }
            catch (IOException)
            {
                // No window to ask: COLUMNS or no limit.
            }
        }

        return Choose(redirected, window, environment);
    }

    /// <summary>
    /// Styled only on a terminal, and not when <c>NO_COLOR</c> is set or <c>TERM</c> is <c>dumb</c>;
    /// as wide as the terminal's window, else <c>COLUMNS</c>, else unlimited (output to a file or a pipe is not wrapped).
    /// </summary>
    public static (bool Styled, int Width) Choose(bool redirected, int? window, Func<string, string?> environment)
    {
        var dumb = string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
        var styled = !redirected && environment("NO_COLOR") is null && !dumb;
        var width = window is > 0 ? window.Value
            : int.TryParse(environment("COLUMNS"), out var columns) && columns > 0 ? columns
            : Unlimited;
        return (styled, width);
    }

    public string Heading(string text) => Styled ? "\u001b[1m" + text + "\u001b[0m" : text;

    public void Line(string text = "") => Output.WriteLine(text);

    /// <summary>Writes text wrapped at word boundaries to the width, each line after the first indented by <paramref name="hanging"/>.</summary>
    public void Wrapped(string text, int hanging = 0) => Output.Write(Wrap(text, Width, hanging));

    /// <summary>Wraps each line of <paramref name="text"/> at spaces to <paramref name="width"/> characters; continuations keep the line's indent plus <paramref name="hanging"/>.</summary>
    public static string Wrap(string text, int width, int hanging = 0)
    {
        var result = new StringBuilder();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var rest = lines[n];
            if (n == lines.Length - 1 && rest.Length == 0)
            {
                break;
            }

            var indent = rest.Length - rest.TrimStart(' ').Length;
            var continuation = new string(' ', Math.Min(indent + hanging, width / 2));
            var prefix = string.Empty;
            while (prefix.Length + rest.Length > width)
            {
                var room = width - prefix.Length;
                var cut = rest.LastIndexOf(' ', Math.Min(room, rest.Length - 1));
                if (cut <= (prefix.Length == 0 ? indent : 0))
                {
                    // One word longer than the line: it stays whole.
                    cut = rest.IndexOf(' ', room);
                    if (cut < 0)
                    {
                        break;
                    }
                }

                result.Append(prefix).Append(rest.Substring(0, cut).TrimEnd()).Append('\n');
                rest = rest.Substring(cut + 1).TrimStart(' ');
                prefix = continuation;
            }

            result.Append(prefix).Append(rest).Append('\n');
        }

        return result.ToString();
    }
}
