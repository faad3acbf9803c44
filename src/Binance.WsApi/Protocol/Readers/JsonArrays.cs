using System.Text.Json;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>Array helpers of the hand-written readers.</summary>
internal static class JsonArrays
{
    /// <summary>
    /// The number of elements of the array the reader (a copy: the caller's stays put) stands on, so the array of
    /// results is allocated once at its size instead of grown through a list.
    /// </summary>
    public static int Count(Utf8JsonReader reader, string property)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"'{property}' is not an array.");
        }

        int count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
            count++;
        }

        return count;
    }
}
