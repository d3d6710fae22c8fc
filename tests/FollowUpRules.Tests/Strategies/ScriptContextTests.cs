using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using NodaTime;

namespace FollowUpRules.Tests.Strategies;

/// <summary>
/// How scripts address people and write dates: by first name, or by title and surname when the
/// name begins with a title, and never an empty greeting.
/// </summary>
public sealed class ScriptContextTests
{
    [Theory]
    [InlineData("Jane Smith", "Jane")]
    [InlineData("Jane Mary Smith", "Jane")]
    [InlineData("Cher", "Cher")]
    [InlineData("  Jane   Smith ", "Jane")]
    [InlineData("Dr Jane Smith", "Dr Smith")]
    [InlineData("Dr. Jane Smith", "Dr. Smith")]
    [InlineData("dr jane smith", "dr smith")]
    [InlineData("Dr Smith", "Dr Smith")]
    [InlineData("Dr", "Dr")]
    [InlineData("Mr Raj Patel", "Mr Patel")]
    [InlineData("Mrs Ann Lee", "Mrs Lee")]
    [InlineData("Ms Ann Lee", "Ms Lee")]
    [InlineData("Miss Ann Lee", "Miss Lee")]
    [InlineData("Mx Sam Lee", "Mx Lee")]
    [InlineData("Prof Ann Lee", "Prof Lee")]
    [InlineData("Professor Ann Lee", "Professor Lee")]
    [InlineData("Sir Ian Lee", "Sir Lee")]
    [InlineData("Dame Ann Lee", "Dame Lee")]
    [InlineData("Lord Ian Lee", "Lord Lee")]
    [InlineData("Lady Ann Lee", "Lady Lee")]
    [InlineData("Rev Ian Lee", "Rev Lee")]
    [InlineData("Doctor Ann Lee", "Doctor")]
    public void FormOfAddress_AFullName_IsTheFirstNameOrTitleAndSurname(string name, string expected)
    {
        ScriptContext.FormOfAddress(name).Should().Be(expected);
    }

    [Fact]
    public void FormOfAddress_NoWordsOrNull_GivesTheNameBackOrThrows()
    {
        ScriptContext.FormOfAddress(" ").Should().Be(" ");
        FluentActions.Invoking(() => ScriptContext.FormOfAddress((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Theory]
    [InlineData("Jane", "Jane")]
    [InlineData(" Ms Smith ", "Ms Smith")]
    [InlineData(" ", "Jane")]
    [InlineData(null, "Jane")]
    public void FormOfAddress_APersonWithOrWithoutAFormOfAddress_UsesItTrimmedElseTheirName(string? addressAs, string expected)
    {
        ScriptContext.FormOfAddress(CaseBuilder.Jane with { AddressAs = addressAs }).Should().Be(expected);
    }

    [Fact]
    public void Day_ADate_IsWeekdayDayAndMonth()
    {
        ScriptContext.Day(new LocalDate(2026, 3, 13)).Should().Be("Friday 13 March");
    }
}
