using System.Globalization;
using FollowUpRules.Simulation;

namespace FollowUpRules.AspNetCore;

/// <summary>
/// Settings of the FollowUpRules HTTP service: request limits and the policies it answers with.
/// Configured with <c>services.AddFollowUpRulesService(options => ...)</c> and checked once, when the
/// service is first used, into one <see cref="FollowUpServiceOptionsException"/> listing every bad
/// setting.
/// </summary>
/// <remarks>
/// <para>The service answers with the six built-in profiles by name (<c>?profile=rcr</c>), with a
/// profile document sent in the request, and with the policies added here by <see cref="AddPolicy"/>,
/// which replace a built-in profile of the same name. Without <c>?profile</c> it uses the
/// <see cref="IFollowUpPolicy"/> registered in the container (for example by
/// <c>services.AddFollowUpRules(...)</c> of FollowUpRules.Extensions.DependencyInjection), else the
/// policy added here under the name <c>default</c>, else the built-in default profile. A name that is
/// neither added here nor built in is looked up as a keyed <see cref="IFollowUpPolicy"/> in the
/// container (<c>services.AddFollowUpPolicy("agency-x", ...)</c> registers one), and is a 404 when
/// none is found.</para>
/// </remarks>
public sealed class FollowUpServiceOptions
{
    private readonly Dictionary<string, IFollowUpPolicy> _policies = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the largest request body accepted, in bytes; a larger one is answered with 413.</summary>
    /// <value>The default value is 262,144 (256 KiB): a case with 1,000 attempts fits with room to spare. Allowed: 1,024 to 67,108,864.</value>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Gets or sets the most contact attempts a case may hold; a case with more is answered with 400 naming <c>$.attempts</c>.</summary>
    /// <value>The default value is 1,000. Allowed: 1 to 100,000.</value>
    public int MaxAttempts { get; set; } = 1000;

    /// <summary>Gets or sets the most steps <c>POST /v1/simulate</c> plays; <c>?maxSteps</c> may ask for fewer.</summary>
    /// <value>The default value is 200. Allowed: 1 to 1,000 (<see cref="FollowUpSimulator.MaxStepLimit"/>).</value>
    public int MaxSimulationSteps { get; set; } = 200;

    /// <summary>Gets or sets a value indicating whether <see cref="Microsoft.AspNetCore.Builder.FollowUpRulesEndpointRouteBuilderExtensions.MapFollowUpRules"/> also maps the page at the group's root.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool ServePage { get; set; } = true;

    /// <summary>Gets the policies added with <see cref="AddPolicy"/>, by their profile's name.</summary>
    public IReadOnlyDictionary<string, IFollowUpPolicy> Policies => _policies;

    /// <summary>
    /// Adds a policy the service answers with under its profile's name (<c>?profile=NAME</c>), listed by
    /// <c>GET /v1/profiles</c>. A policy whose profile is called like a built-in one replaces it; one
    /// called <c>default</c> answers requests that name no profile, unless the container holds an
    /// <see cref="IFollowUpPolicy"/>.
    /// </summary>
    /// <param name="policy">The policy, typically built with <see cref="FollowUpPolicyBuilder"/> to add a host's own strategies.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">A policy with the same profile name was added before.</exception>
    public FollowUpServiceOptions AddPolicy(IFollowUpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var name = policy.Profile.Name;
        if (!_policies.TryAdd(name, policy))
        {
            throw new ArgumentException("A policy for profile '" + name + "' was already added; each profile name may be added once.", nameof(policy));
        }

        return this;
    }

    /// <summary>Checks every setting.</summary>
    /// <exception cref="FollowUpServiceOptionsException">One or more settings are out of range; the exception lists them all.</exception>
    public void Validate()
    {
        var problems = new List<ValidationProblem>();
        Range(problems, nameof(MaxRequestBodyBytes), MaxRequestBodyBytes, 1024, 64 * 1024 * 1024);
        Range(problems, nameof(MaxAttempts), MaxAttempts, 1, 100_000);
        Range(problems, nameof(MaxSimulationSteps), MaxSimulationSteps, 1, FollowUpSimulator.MaxStepLimit);
        if (problems.Count > 0)
        {
            throw new FollowUpServiceOptionsException(problems);
        }
    }

    private static void Range(List<ValidationProblem> problems, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add(new ValidationProblem(
                name,
                value.ToString(CultureInfo.InvariantCulture),
                "must be between " + min.ToString("N0", CultureInfo.InvariantCulture) + " and " + max.ToString("N0", CultureInfo.InvariantCulture)));
        }
    }
}

/// <summary>Thrown when <see cref="FollowUpServiceOptions"/> hold settings out of range; lists every one with its value and what is allowed.</summary>
public sealed class FollowUpServiceOptionsException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="FollowUpServiceOptionsException"/> class.</summary>
    /// <param name="problems">Every bad setting.</param>
    public FollowUpServiceOptionsException(IReadOnlyList<ValidationProblem> problems)
        : base("The FollowUpRules service options are invalid (" + Count(problems) + "):\n- " + string.Join("\n- ", problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every bad setting, with its value and what is allowed.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Count(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1 ? "1 problem" : problems.Count.ToString(CultureInfo.InvariantCulture) + " problems";
    }
}
