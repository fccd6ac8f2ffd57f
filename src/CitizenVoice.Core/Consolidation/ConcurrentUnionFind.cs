namespace CitizenVoice.Core.Consolidation;

/// <summary>
/// Disjoint sets that several threads may join at once: a root is linked under the smaller root by compare-and-swap,
/// so the final partition depends only on which pairs were joined, never on thread timing.
/// </summary>
internal sealed class ConcurrentUnionFind
{
    private readonly int[] _parent;

    public ConcurrentUnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (true)
        {
            var p = Volatile.Read(ref _parent[x]);
            if (p == x)
            {
                return x;
            }

            var gp = Volatile.Read(ref _parent[p]);
            // Path halving: gp is an ancestor of x, so pointing x at it is always correct, whoever wins the race.
            if (gp != p)
            {
                Interlocked.CompareExchange(ref _parent[x], gp, p);
            }

            x = gp;
        }
    }

    public bool Same(int a, int b)
    {
        while (true)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb)
            {
                return true;
            }

            // Still a root after reading rb: nobody linked it meanwhile, so the answer "different" was true.
            if (Volatile.Read(ref _parent[ra]) == ra)
            {
                return false;
            }
        }
    }

    public void Union(int a, int b)
    {
        while (true)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra == rb)
            {
                return;
            }

            if (ra < rb)
            {
                (ra, rb) = (rb, ra);
            }

            if (Interlocked.CompareExchange(ref _parent[ra], rb, ra) == ra)
            {
                return;
            }
        }
    }
}
