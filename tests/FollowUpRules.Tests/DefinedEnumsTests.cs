using System.Reflection;
using FluentAssertions;
using FollowUpRules.Engine;

namespace FollowUpRules.Tests;

public sealed class DefinedEnumsTests
{
    public static TheoryData<string> Methods()
    {
        var data = new TheoryData<string>();
        foreach (var method in typeof(DefinedEnums).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == nameof(DefinedEnums.IsDefined)))
        {
            data.Add(method.GetParameters()[0].ParameterType.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void IsDefined_EveryValueAroundTheEnumsRange_AgreesWithEnumIsDefinedLessUnspecified(string enumName)
    {
        var method = typeof(DefinedEnums).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(DefinedEnums.IsDefined) && m.GetParameters()[0].ParameterType.Name == enumName);
        var type = method.GetParameters()[0].ParameterType;
        var values = Enum.GetValues(type).Cast<object>().Select(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        for (var n = values.Min() - 3; n <= values.Max() + 3; n++)
        {
            var value = Enum.ToObject(type, n);
            // An enum's Unspecified member is what a forgotten assignment gives: never a valid value.
            var named = Enum.IsDefined(type, value) && Enum.GetName(type, value) != "Unspecified";
            method.Invoke(null, [value]).Should().Be(named, $"{enumName} {n}");
        }
    }

    [Fact]
    public void Methods_CoverEveryEnumThatCasesAndProfilesValidate()
    {
        Methods().Select(row => row.Data).Should().BeEquivalentTo(
            nameof(InterviewerRole), nameof(ContactChannel), nameof(Responder), nameof(AttemptPurpose), nameof(GatekeeperResponse), nameof(CandidateStatus),
            nameof(ThankYouMessage), nameof(DayCounting), nameof(GatekeeperPlan), nameof(NoDateGivenApproach));
    }
}
