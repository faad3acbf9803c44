using System.Security.Cryptography;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// Futures listen keys (docs/protocol.md §6.1): one per account and market, valid 60 minutes on the emulator clock,
/// extended by start (which returns the active key) and ping; stop deletes it. An expired key is gone.
/// </summary>
/// <param name="seed">
/// Null (the default): keys come from the cryptographic generator — a key is the stream's only credential, so it must
/// not be guessable or repeat across runs. A seed gives the same keys on every run, for tests that want that.
/// </param>
internal sealed class ListenKeyStore(int? seed = null)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(60);

    private readonly Dictionary<(MarketKind, Account), (string Key, long ExpiresMs)> _keys = [];
    private readonly Random? _seeded = seed is { } value ? new Random(value) : null;
    private readonly Lock _lock = new();

    public string Start(MarketKind market, Account account, long nowMs)
    {
        lock (_lock)
        {
            string key = Active(market, account, nowMs) ?? NewKey();
            _keys[(market, account)] = (key, nowMs + (long)Validity.TotalMilliseconds);
            return key;
        }
    }

    /// <summary>Extends the active key; null = none (expired or never started). A given key must be the active one.</summary>
    public string? Ping(MarketKind market, Account account, string? listenKey, long nowMs)
    {
        lock (_lock)
        {
            string? key = Active(market, account, nowMs);
            if (key is null || (listenKey is not null && listenKey != key))
            {
                return null;
            }

            _keys[(market, account)] = (key, nowMs + (long)Validity.TotalMilliseconds);
            return key;
        }
    }

    public bool Stop(MarketKind market, Account account, string? listenKey, long nowMs)
    {
        lock (_lock)
        {
            string? key = Active(market, account, nowMs);
            if (key is null || (listenKey is not null && listenKey != key))
            {
                return false;
            }

            _keys.Remove((market, account));
            return true;
        }
    }

    /// <summary>The active key of an account, if any (expiry checked against the emulator clock).</summary>
    public string? Active(MarketKind market, Account account, long nowMs)
    {
        lock (_lock)
        {
            return _keys.TryGetValue((market, account), out var entry) && entry.ExpiresMs > nowMs ? entry.Key : null;
        }
    }

    /// <summary>
    /// The market and account an active key belongs to, or null (unknown, expired or stopped). A key belongs to one
    /// market, so the stream paths look it up here whatever market they serve.
    /// </summary>
    public (MarketKind Market, Account Account)? Resolve(string listenKey, long nowMs)
    {
        lock (_lock)
        {
            foreach (var ((market, account), entry) in _keys)
            {
                if (entry.Key == listenKey && entry.ExpiresMs > nowMs)
                {
                    return (market, account);
                }
            }

            return null;
        }
    }

    /// <summary>When an active key expires (ms on the emulator clock), or null when it is not active.</summary>
    public long? ExpiresMs(string listenKey, long nowMs)
    {
        lock (_lock)
        {
            foreach (var entry in _keys.Values)
            {
                if (entry.Key == listenKey && entry.ExpiresMs > nowMs)
                {
                    return entry.ExpiresMs;
                }
            }

            return null;
        }
    }

    /// <summary>Fault: forgets every key, as if all had expired. Returns how many were active.</summary>
    public int ExpireAll(long nowMs)
    {
        lock (_lock)
        {
            int active = _keys.Values.Count(e => e.ExpiresMs > nowMs);
            _keys.Clear();
            return active;
        }
    }

    private string NewKey()
    {
        if (_seeded is null)
        {
            return RandomNumberGenerator.GetString(Alphabet, 64);
        }

        return string.Create(64, _seeded, static (span, random) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[random.Next(Alphabet.Length)];
            }
        });
    }
}
