namespace FollowUpRules.Engine;

/// <summary>The owner of a <see cref="ReasonList"/> that cites reasons past the 128th: the catalogue and their bits.</summary>
internal sealed class ReasonSpill
{
    public ReasonSpill(ReasonCatalogue catalogue, ulong[] more)
    {
        Catalogue = catalogue;
        More = more;
    }

    public ReasonCatalogue Catalogue { get; }

    public ulong[] More { get; }
}
