using Binance.WsApi.Emulator.Auth;

namespace Binance.WsApi.Emulator.Accounts;

/// <summary>An API key registered with the emulator: its account, its verifier, and whether it has been revoked.</summary>
internal sealed class ApiKeyRecord(string apiKey, Account account, ISignatureVerifier verifier)
{
    private volatile bool _revoked;

    public string ApiKey { get; } = apiKey;

    public Account Account { get; } = account;

    public ISignatureVerifier Verifier { get; } = verifier;

    public ApiKeyType KeyType => Verifier.KeyType;

    public bool IsRevoked => _revoked;

    public void Revoke() => _revoked = true;

    public override string ToString() => $"{KeyType} key {ApiKey} ({Account.Name})";
}
