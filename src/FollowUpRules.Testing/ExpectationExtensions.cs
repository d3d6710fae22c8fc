
namespace FollowUpRules.Testing;

/// <summary>Entry points to the domain expectations.</summary>
/// <remarks>Named <c>Expect</c>, not <c>Should</c>, so they never clash with an assertion library's extension methods.</remarks>
public static class ExpectationExtensions
{
    /// <summary>Checks an action against domain expectations.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The expectations.</returns>
    public static ActionExpectations Expect(this NextAction action) => new(Guard.NotNull(action));
}
