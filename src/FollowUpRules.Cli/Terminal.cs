namespace FollowUpRules.Cli;

/// <summary>Where the tool writes: plain text when redirected, bold headings on a terminal (unless NO_COLOR is set).</summary>
internal sealed class Terminal
{
    public Terminal(TextWriter output, TextWriter error, bool styled, IClockSource clock)
    {
        Output = output;
        Error = error;
        Styled = styled;
        Clock = clock;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Styled { get; }

    public IClockSource Clock { get; }

    public string Heading(string text) => Styled ? "\u001b[1m" + text + "\u001b[0m" : text;

    public void Line(string text = "") => Output.WriteLine(text);
}
