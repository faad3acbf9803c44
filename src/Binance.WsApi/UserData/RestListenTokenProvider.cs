using System.Globalization;
using System.Text.Json;

namespace Binance.WsApi;

/// <summary>
/// Gets margin listen tokens from Binance's REST endpoint <c>POST /sapi/v1/userListenToken</c> (security USER_STREAM:
/// the API key in the <c>X-MBX-APIKEY</c> header, no signature), through the <see cref="HttpClient"/> you give it.
/// </summary>
public sealed class RestListenTokenProvider : IListenTokenProvider
{
    private readonly HttpClient _http;
    private readonly Uri _restBaseUrl;
    private readonly string _apiKey;
    private readonly string? _isolatedSymbol;
    private readonly TimeSpan? _validity;

    /// <summary>Creates the provider.</summary>
    /// <param name="http">The HTTP client to use (its lifetime stays yours).</param>
    /// <param name="restBaseUrl">The REST base URL, for example <c>https://api.binance.com/</c> or the emulator's <c>HttpBaseUri</c>.</param>
    /// <param name="apiKey">The API key sent in <c>X-MBX-APIKEY</c>.</param>
    /// <param name="isolatedSymbol">For an isolated margin account, its symbol; null for cross margin.</param>
    /// <param name="validity">How long a token is valid (Binance's default and maximum: 24 h).</param>
    public RestListenTokenProvider(HttpClient http, Uri restBaseUrl, string apiKey, string? isolatedSymbol = null, TimeSpan? validity = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(restBaseUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        if (validity is { } v && (v <= TimeSpan.Zero || v > TimeSpan.FromHours(24)))
        {
            throw new ArgumentOutOfRangeException(nameof(validity), v, "Validity must be positive and at most 24 hours.");
        }

        _http = http;
        _restBaseUrl = restBaseUrl;
        _apiKey = apiKey;
        _isolatedSymbol = isolatedSymbol;
        _validity = validity;
    }

    /// <inheritdoc />
    public async Task<ListenToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (_isolatedSymbol is not null)
        {
            query.Add("isIsolated=true");
            query.Add("symbol=" + Uri.EscapeDataString(_isolatedSymbol));
        }

        if (_validity is { } validity)
        {
            query.Add("validity=" + ((long)validity.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        }

        var uri = new Uri(_restBaseUrl, "sapi/v1/userListenToken" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty));
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Headers.Add("X-MBX-APIKEY", _apiKey);
        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        using JsonDocument doc = JsonDocument.Parse(body);
        JsonElement root = doc.RootElement;
        if (!response.IsSuccessStatusCode || !root.TryGetProperty("token", out JsonElement token))
        {
            int code = root.TryGetProperty("code", out JsonElement c) && c.TryGetInt32(out int n) ? n : 0;
            string msg = root.TryGetProperty("msg", out JsonElement m) ? m.GetString() ?? string.Empty : body;
            throw new BinanceApiException((int)response.StatusCode, code, msg, null, [], "POST /sapi/v1/userListenToken", null, null);
        }

        return new ListenToken(token.GetString()!, root.GetProperty("expirationTime").GetInt64());
    }
}
