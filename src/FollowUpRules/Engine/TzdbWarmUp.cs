using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Starts NodaTime's tzdb load on a thread-pool thread, once per process. Reading the time-zone
/// data is about half of a fresh process's first decision; a policy builder starts it and goes on
/// building the policy meanwhile. The first zone look-up then waits for the load (the runtime runs a
/// type's initializer once, holding back other threads until it is done), so nothing is loaded twice.
/// </summary>
internal static class TzdbWarmUp
{
    private static int _started;

    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            ThreadPool.QueueUserWorkItem(static _ => Load());
        }
    }

    private static void Load()
    {
        try
        {
            _ = DateTimeZoneProviders.Tzdb.VersionId;
        }
#pragma warning disable CA1031 // A failed warm-up must not end the process; the first look-up reports the failure itself.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
