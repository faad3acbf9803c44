using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Binance.WsApi.Emulator.Accounts;

/// <summary>All accounts and keys of one emulator instance.</summary>
internal sealed partial class AccountStore
{
    private readonly ConcurrentDictionary<string, ApiKeyRecord> _keys = new(StringComparer.Ordinal);
    private readonly List<Account> _accounts = [];

    public IReadOnlyList<Account> Accounts => _accounts;

    /// <summary>
    /// Shape a key must have to be looked up at all; anything else is <c>-2014 API-key format invalid</c>.
    /// Binance keys are 64 alphanumerics; 16–128 leaves room for hand-written test keys in an accounts file.
    /// </summary>
    [GeneratedRegex("^[A-Za-z0-9]{16,128}$", RegexOptions.CultureInvariant)]
    public static partial Regex ApiKeyFormat();

    public void Add(Account account, IEnumerable<ApiKeyRecord> keys)
    {
        _accounts.Add(account);
        foreach (ApiKeyRecord key in keys)
        {
            if (!_keys.TryAdd(key.ApiKey, key))
            {
                throw new InvalidDataException($"API key '{key.ApiKey}' is defined twice.");
            }
        }
    }

    public ApiKeyRecord? Find(string apiKey) => _keys.TryGetValue(apiKey, out ApiKeyRecord? key) ? key : null;

    public IEnumerable<ApiKeyRecord> Keys => _keys.Values;
}
