using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Binance.WsApi.Emulator.Accounts;

/// <summary>
/// All accounts and keys of one emulator instance. Accounts can be added while running (<c>POST /admin/accounts</c>),
/// so additions are serialized and readers get a copy of the list.
/// </summary>
internal sealed partial class AccountStore
{
    private readonly ConcurrentDictionary<string, ApiKeyRecord> _keys = new(StringComparer.Ordinal);
    private readonly List<Account> _accounts = [];
    private readonly Lock _sync = new();

    /// <summary>A copy of the accounts, in the order they were added.</summary>
    public IReadOnlyList<Account> Accounts
    {
        get
        {
            lock (_sync)
            {
                return [.. _accounts];
            }
        }
    }

    /// <summary>
    /// Shape a key must have to be looked up at all; anything else is <c>-2014 API-key format invalid</c>.
    /// Binance keys are 64 alphanumerics; 16–128 leaves room for hand-written test keys in an accounts file.
    /// </summary>
    [GeneratedRegex("^[A-Za-z0-9]{16,128}$", RegexOptions.CultureInvariant)]
    public static partial Regex ApiKeyFormat();

    /// <summary>Adds an account and its keys, all or nothing.</summary>
    /// <exception cref="InvalidDataException">The name or a key is already used.</exception>
    public void Add(Account account, IEnumerable<ApiKeyRecord> keys)
    {
        List<ApiKeyRecord> list = [.. keys];
        lock (_sync)
        {
            if (_accounts.Any(a => a.Name == account.Name))
            {
                throw new InvalidDataException($"Account name '{account.Name}' is already used.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (ApiKeyRecord key in list)
            {
                if (!seen.Add(key.ApiKey) || _keys.ContainsKey(key.ApiKey))
                {
                    throw new InvalidDataException($"API key '{key.ApiKey}' is defined twice.");
                }
            }

            foreach (ApiKeyRecord key in list)
            {
                _keys[key.ApiKey] = key;
            }

            _accounts.Add(account);
        }
    }

    /// <summary>A uid not used by any account yet.</summary>
    public long NextUid()
    {
        lock (_sync)
        {
            return _accounts.Count == 0 ? 100000001 : _accounts.Max(a => a.Uid) + 1;
        }
    }

    public ApiKeyRecord? Find(string apiKey) => _keys.TryGetValue(apiKey, out ApiKeyRecord? key) ? key : null;

    public IEnumerable<ApiKeyRecord> Keys => _keys.Values;
}
