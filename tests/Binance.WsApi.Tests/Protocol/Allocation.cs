namespace Binance.WsApi.Tests.Protocol;

/// <summary>Bytes allocated on this thread by one call: deterministic for code whose allocations do not vary.</summary>
internal static class Allocation
{
    /// <summary>
    /// The smallest count over a few calls after a warm-up, so a one-time cost (the JIT, a lazily built static) is not
    /// counted; the returned value is kept alive until the count is taken.
    /// </summary>
    public static long Of<TResult>(Func<TResult> call)
    {
        for (int i = 0; i < 3; i++)
        {
            GC.KeepAlive(call());
        }

        long smallest = long.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            TResult result = call();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(result);
            smallest = Math.Min(smallest, allocated);
        }

        return smallest;
    }
}
