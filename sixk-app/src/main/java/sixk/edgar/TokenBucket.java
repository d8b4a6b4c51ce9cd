package sixk.edgar;

import java.time.Duration;

/**
 * The request budget of the whole process, shared by every thread: at most {@code rate}
 * requests in any one-second window, and none at all while EDGAR has us blocked.
 *
 * <p>A bucket of capacity one: requests are spaced evenly rather than let out in bursts, because
 * a burst after an idle moment would put more than {@code rate} requests in one second. The
 * spacing is (1 s + {@link #GUARD}) / rate, so that rate + 1 consecutive requests still span more
 * than a second when they reach the server up to 50 ms unevenly (thread scheduling, GC).
 */
public final class TokenBucket {
    /** Slack for uneven arrival at the server; costs 5% of the nominal rate. */
    public static final Duration GUARD = Duration.ofMillis(50);
    /** The SEC's published limit per address. */
    public static final int SEC_LIMIT = 10;

    private static TokenBucket processWide;

    private int rate;
    private long intervalNanos;
    private long nextSlot = System.nanoTime();
    private long blockedUntil = Long.MIN_VALUE;

    public TokenBucket(int rate) {
        if (rate < 1 || rate > SEC_LIMIT) {
            throw new IllegalArgumentException("the rate must be 1 to " + SEC_LIMIT + " requests per second (EDGAR's limit is "
                    + SEC_LIMIT + "); got " + rate);
        }
        this.rate = rate;
        this.intervalNanos = interval(rate);
    }

    /**
     * The bucket of this process: every EDGAR client in the JVM (a fetch, a watcher, a server
     * fetching on demand) draws from it, so that together they stay under the limit. Asked for
     * a lower rate, it slows down to it; it never speeds up.
     */
    public static synchronized TokenBucket processWide(int rate) {
        if (processWide == null) processWide = new TokenBucket(rate);
        else processWide.limitTo(rate);
        return processWide;
    }

    private synchronized void limitTo(int lower) {
        if (lower < 1) throw new IllegalArgumentException("the rate must be at least 1");
        if (lower < rate) {
            rate = lower;
            intervalNanos = interval(lower);
        }
    }

    private static long interval(int rate) { return (Duration.ofSeconds(1).plus(GUARD).toNanos() + rate - 1) / rate; }

    public synchronized int rate() { return rate; }

    /** Waits for this thread's turn; returns when one request may be sent. */
    public void acquire() throws InterruptedException {
        while (true) {
            long slot;
            synchronized (this) {
                long now = System.nanoTime();
                slot = later(later(now, nextSlot), blockedUntil);
                nextSlot = slot + intervalNanos;
            }
            sleepUntil(slot);
            synchronized (this) {
                // A block that began while this thread slept voids its slot: queue again behind the block.
                if (blockedUntil == Long.MIN_VALUE || System.nanoTime() - blockedUntil >= 0) return;
            }
        }
    }

    /** Stops every thread's requests for {@code pause} from now (a block already longer is kept). */
    public synchronized void block(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        blockedUntil = later(blockedUntil, until);
        nextSlot = later(nextSlot, blockedUntil);
    }

    /** Time left of the current block, zero when none. */
    public synchronized Duration blockedFor() {
        if (blockedUntil == Long.MIN_VALUE) return Duration.ZERO;
        long left = blockedUntil - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    private static long later(long a, long b) {
        if (a == Long.MIN_VALUE) return b;
        if (b == Long.MIN_VALUE) return a;
        return a - b >= 0 ? a : b;
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }
}
