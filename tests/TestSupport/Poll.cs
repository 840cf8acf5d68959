namespace Broadsheet.Tests.TestSupport;

/// <summary>Waits for something to become true by asking again and again, up to a timeout, as a test of a live process must.</summary>
internal static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>Asks until <paramref name="value"/> gives something other than null; fails with <paramref name="why"/> after the timeout.</summary>
    public static T Until<T>(Func<T?> value, TimeSpan timeout, Func<string> why)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (value() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"gave up after {timeout.TotalSeconds:0} s: {why()}");
            }

            Thread.Sleep(Interval);
        }
    }

    /// <summary>Asks until <paramref name="value"/> gives something other than null.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> value, TimeSpan timeout, Func<string> why)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await value() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"gave up after {timeout.TotalSeconds:0} s: {why()}");
            }

            await Task.Delay(Interval);
        }
    }
}
