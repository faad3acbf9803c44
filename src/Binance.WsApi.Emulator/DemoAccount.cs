namespace Binance.WsApi.Emulator;

/// <summary>
/// Keys of the built-in "demo" account. All of them are <b>public test keys</b>: the HMAC pair printed in Binance's
/// WebSocket API docs, the RFC 8032 §7.1 "TEST 1" Ed25519 key, and the RSA sample key of
/// <c>binance/binance-signature-examples</c>. Never use them for real money.
/// </summary>
public static class DemoAccount
{
    /// <summary>Name of the built-in account.</summary>
    public const string Name = "demo";

    /// <summary>HMAC API key (Binance docs' example key).</summary>
    public const string HmacApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";

    /// <summary>HMAC secret (Binance docs' example secret).</summary>
    public const string HmacSecret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    /// <summary>Ed25519 API key (Binance docs' example key, bound here to the RFC 8032 test key).</summary>
    public const string Ed25519ApiKey = "4yNzx3yWC5bS6YTwEkSRaC0nRmSQIIStAUOh1b6kqaBrTLIhjCpI5lJH8q8R8WNO";

    /// <summary>Ed25519 private key (RFC 8032 §7.1 TEST 1), PKCS#8 PEM.</summary>
    public const string Ed25519PrivateKeyPem =
        "-----BEGIN PRIVATE KEY-----\n" +
        "MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n" +
        "-----END PRIVATE KEY-----\n";

    /// <summary>Ed25519 public key (RFC 8032 §7.1 TEST 1), SubjectPublicKeyInfo PEM.</summary>
    public const string Ed25519PublicKeyPem =
        "-----BEGIN PUBLIC KEY-----\n" +
        "MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n" +
        "-----END PUBLIC KEY-----\n";

    /// <summary>RSA API key (Binance docs' example key, bound here to the binance-signature-examples RSA key).</summary>
    public const string RsaApiKey = "CAvIjXy3F44yW6Pou5k8Dy1swsYDWJZLeoK2r8G4cFDnE9nosRppc2eKc1T8TRTQ";

    /// <summary>RSA-2048 private key (binance-signature-examples sample), PKCS#8 PEM.</summary>
    public const string RsaPrivateKeyPem =
        "-----BEGIN PRIVATE KEY-----\n" +
        "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDPrfWMr2yqxJgJ\n" +
        "cIyA5TDFpZBlB9E3RMbbEcPZijmPDiciZjuRiD1Q6oQzi1MFGTZ523HwSXe9XG3R\n" +
        "NQaLCjxi+VkLsvCoxzgurkWXoQr0VHJyEDxnyRaCzTyvvHQgt0LKCWfqalYNz0ue\n" +
        "doxnYnde3DH/tFFXX0/rTkJyK6LpOyKOAqE0G7OhuQWkLvlUO8mqwtGNqdrtOgzv\n" +
        "kTN5rhb5VeWB4JGWDcAYFb9CQI9wD7/JJU1XQGIOJEY3L/PjGLcjDEiROt57/RS3\n" +
        "i6OVTiAgDcgA405tNLgS326hfbEchI5tKeOxqrFYVfvOK8+4o+rrUBnMhrBg0tJv\n" +
        "1feQKeAnAgMBAAECggEAUdB8PZIWQyfzpTRbhaPElPhmbAaqWxWTKVZUS2zyw/KV\n" +
        "ZC3WJb0AOtJIhm3KpOWL2nGi70BiFY1GDfbPvxKnO25zr/IscLEa5vjsnZFp2Vsz\n" +
        "QtA2m8RSQ/FKiQi6zvCjNSiDcYu2nvYdGi4lnczirdIdOFj2+m6n81D/SC78nNhj\n" +
        "P/JLbSPFw+XOfVqOVelXHw7XGtMH9dgFjWDdB317HcJjZyPDahpQQ7s6PcecDwuv\n" +
        "Qucs+Hi4sAWiHOiwKusx3sT/NL5Og/jAvC5aMy1QswWFnPr90T3qFE4MN1GZszzX\n" +
        "DmDkWaGaRwuwdpi/ocIZF3R9XX3m+WOVdEZRfzzcEQKBgQDt11achN666/j1kgQM\n" +
        "xPdzo06eUUZb/JUtEXz8hU+AzRsN/eso/47pjaPq7nrXFYE4aEx7Je2I9S52Y+b/\n" +
        "SLrctuza25VOxvqIpDynlvM/Iatg9WuTEIuOk7gkBFanDNjDjZDKFuDYSEfN+sX+\n" +
        "UakFT7cm+xu12PWR8HlZmFZL5QKBgQDfiRrC8zADSIE74uFBJ5K88t6cwrktqdPH\n" +
        "9QT69j+VpRXssyUoCfR4/zchKbEyTwSASvL1saJR14Opmvn6Le+0DKq+EV7Z1UM6\n" +
        "svVIzd9pWWMhRh9G83CC5Krx9Ie+34QHNRxBf+rya5if/aBCDtBFedRGbR6Le8MB\n" +
        "yvrpT5hzGwKBgQCU2+QPjnHA2BQ3zq3OODEQJTP9jqzUwd+0F2/8tIsv+C9osHXQ\n" +
        "cTLHJqljTuN/XqxD27OSmAh1Yc80tg5L1P9vSOYxjKGEbrE7eF+mHKod5zrWMoSj\n" +
        "xQUztWzYzgZWA4pfymjGs08Czypx1vS42e9JrbzaHuwXArWgI7wvwVKxqQKBgQCS\n" +
        "ByIZav7Zljr+oUdf5fdBQjPVGowYXZJBVTpMrCN7od4BxEIotuAjTy53lqHwaJhb\n" +
        "KxsvED0m0/BqExjsq6ek6oV8JyLckSobJZ+BUSR60O8mZIW4Nv4wNCvMZl9rfN7m\n" +
        "SnbL/0G/3jRViD1yCfVa/ayD2XMT0eThvfVOBzZjMwKBgB5jasP9TcDAyaEKta+g\n" +
        "6glTM0MKUWfhZzYRbvDXdnatjjMEdixWm9aXwc0Nw+aN0KkdLBwvnDiVMtX+Xl2n\n" +
        "BU2Gxxe3H8qrvkoi8zmzh3VWpqzfB+L3sXAq+6VNNYLEFLBR6D2u4DD86FvY+DsU\n" +
        "miJlY6JEKpSxvkrS04XrbvHk\n" +
        "-----END PRIVATE KEY-----\n";

    /// <summary>RSA-2048 public key matching <see cref="RsaPrivateKeyPem"/>, SubjectPublicKeyInfo PEM.</summary>
    public const string RsaPublicKeyPem =
        "-----BEGIN PUBLIC KEY-----\n" +
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAz631jK9sqsSYCXCMgOUw\n" +
        "xaWQZQfRN0TG2xHD2Yo5jw4nImY7kYg9UOqEM4tTBRk2edtx8El3vVxt0TUGiwo8\n" +
        "YvlZC7LwqMc4Lq5Fl6EK9FRychA8Z8kWgs08r7x0ILdCygln6mpWDc9LnnaMZ2J3\n" +
        "Xtwx/7RRV19P605Cciui6TsijgKhNBuzobkFpC75VDvJqsLRjana7ToM75Ezea4W\n" +
        "+VXlgeCRlg3AGBW/QkCPcA+/ySVNV0BiDiRGNy/z4xi3IwxIkTree/0Ut4ujlU4g\n" +
        "IA3IAONObTS4Et9uoX2xHISObSnjsaqxWFX7zivPuKPq61AZzIawYNLSb9X3kCng\n" +
        "JwIDAQAB\n" +
        "-----END PUBLIC KEY-----\n";
}
