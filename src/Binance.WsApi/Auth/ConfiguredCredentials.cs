namespace Binance.WsApi.Auth;

/// <summary>
/// Builds <see cref="ApiCredentials"/> from the flat option keys a configuration file can bind (<c>ApiKey</c>,
/// <c>ApiSecret</c>, <c>PrivateKeyFile</c>, <c>PrivateKeyPassphrase</c>). Each failure is an <see cref="ArgumentException"/> whose parameter name is
/// the key at fault, so the configuration layer can name it; no message carries the secret or the key text.
/// </summary>
internal static class ConfiguredCredentials
{
    public const string ApiKeyName = "ApiKey";
    public const string ApiSecretName = "ApiSecret";
    public const string PrivateKeyFileName = "PrivateKeyFile";
    public const string PrivateKeyPassphraseName = "PrivateKeyPassphrase";

    public static ApiCredentials? Build(string? apiKey, string? apiSecret, string? privateKeyFile, string? privateKeyPassphrase = null)
    {
        bool hasSecret = !string.IsNullOrWhiteSpace(apiSecret);
        bool hasFile = !string.IsNullOrWhiteSpace(privateKeyFile);
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            if (hasSecret || hasFile || !string.IsNullOrEmpty(privateKeyPassphrase))
            {
                throw new ArgumentException("is missing: ApiSecret, PrivateKeyFile or PrivateKeyPassphrase needs the API key it signs for.", ApiKeyName);
            }

            return null;
        }

        if (hasSecret && hasFile)
        {
            throw new ArgumentException("set ApiSecret or PrivateKeyFile, not both.", PrivateKeyFileName);
        }

        if (!hasSecret && !hasFile)
        {
            throw new ArgumentException("is missing: ApiKey needs an HMAC secret or a PEM private key here (or set PrivateKeyFile).", ApiSecretName);
        }

        string keyName = hasFile ? PrivateKeyFileName : ApiSecretName;
        string material = hasFile ? ReadKeyFile(privateKeyFile!) : apiSecret!;
        try
        {
            // An empty passphrase is no passphrase: a configuration file cannot tell the two apart.
            return ApiCredentials.FromKey(apiKey, material, string.IsNullOrEmpty(privateKeyPassphrase) ? null : privateKeyPassphrase);
        }
        catch (ArgumentException ex)
        {
            // ApiCredentials never echoes the material; only the parameter name is translated to the option's key.
            string name = ex.ParamName switch
            {
                "apiKey" => ApiKeyName,
                "passphrase" => PrivateKeyPassphraseName,
                _ => keyName,
            };
            throw new ArgumentException(Reason(ex), name);
        }
    }

    private static string ReadKeyFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The path is not a secret; the file's content never reaches a message.
            throw new ArgumentException($"the private key file '{path}' could not be read ({ex.GetType().Name}).", PrivateKeyFileName);
        }

        if (!text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            throw new ArgumentException($"the file '{path}' holds no PEM private key.", PrivateKeyFileName);
        }

        return text;
    }

    /// <summary>An exception's own sentence, without the runtime's "(Parameter '…')" and "Actual value was …" tails.</summary>
    internal static string Reason(ArgumentException ex)
    {
        string message = ex.Message;
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            message = message[..newline].TrimEnd('\r');
        }

        string tail = $" (Parameter '{ex.ParamName}')";
        return ex.ParamName is not null && message.EndsWith(tail, StringComparison.Ordinal) ? message[..^tail.Length] : message;
    }
}
