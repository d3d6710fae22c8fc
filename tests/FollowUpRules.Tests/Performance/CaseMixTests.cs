using FluentAssertions;
using FollowUpRules.Tests.Shared;

namespace FollowUpRules.Tests.Performance;

public sealed class CaseMixTests
{
    [Fact]
    public void Create_EveryCase_IsValidAndTheMixHasCallsWaitsAndMessages()
    {
        var (cases, nows) = CaseMix.Create();

        cases.Should().HaveCount(1024);
        var kinds = cases.Select((c, i) => FollowUpPolicy.Default.Decide(c, nows[i]).Kind).ToList();

        kinds.Should().Contain(NextActionKind.Call).And.Contain(NextActionKind.Wait).And.Contain(NextActionKind.SendEmail);
        kinds.Count(k => k == NextActionKind.Call).Should().BeGreaterThan(200, "most of the work measured is finding call windows");
    }

    [Fact]
    public void Create_SameSeed_GivesTheSameMix()
    {
        var first = CaseMix.Create();
        var second = CaseMix.Create();

        second.Nows.Should().Equal(first.Nows);
        second.Cases.Should().Equal(first.Cases);
    }
}
