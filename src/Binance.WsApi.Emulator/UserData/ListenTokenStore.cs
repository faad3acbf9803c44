using System.Security.Cryptography;
using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>Issued listen tokens; a token is valid until its expiration time on the emulator clock or <see cref="ExpireAll"/>.</summary>
internal sealed class ListenTokenStore(TimeProvider time)
{
    private readonly Dictionary<string, ListenToken> _tokens = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ListenToken Issue(Account account, string? symbol, TimeSpan validity)
    {
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        // Binance's tokens are opaque; random text keeps a guessed or stale token from ever matching.
        var token = new ListenToken(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), account, symbol, now + (long)validity.TotalMilliseconds);
        lock (_lock)
        {
            foreach (string stale in _tokens.Where(t => t.Value.ExpirationTime <= now).Select(t => t.Key).ToList())
            {
                _tokens.Remove(stale);
            }

            _tokens[token.Token] = token;
        }

        return token;
    }

    /// <summary>The token if it exists and has not expired, else null.</summary>
    public ListenToken? Find(string token)
    {
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_lock)
        {
            return _tokens.TryGetValue(token, out ListenToken? found) && found.ExpirationTime > now ? found : null;
        }
    }

    /// <summary>Forgets every token (fault injection): later subscriptions with them are refused.</summary>
    public void ExpireAll()
    {
        lock (_lock)
        {
            _tokens.Clear();
        }
    }
}
