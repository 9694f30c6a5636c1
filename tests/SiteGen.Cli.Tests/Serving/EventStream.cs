using System.Text.Json;
using System.Threading.Channels;

namespace SiteGen.Cli.Tests.Serving;

/// <summary>A server-sent event: its name and its data parsed as JSON.</summary>
internal sealed record ServerEvent(string Name, JsonElement Data)
{
    public int Version => Data.GetProperty("version").GetInt32();

    public bool Succeeded => Data.GetProperty("succeeded").GetBoolean();

    public IReadOnlyList<string> Changed => [.. Data.GetProperty("changed").EnumerateArray().Select(e => e.GetString()!)];

    public JsonElement Errors => Data.GetProperty("errors");
}

/// <summary>Reads a text/event-stream response in the background, an event at a time.</summary>
internal sealed class EventStream : IAsyncDisposable
{
    private readonly Channel<ServerEvent> _events = Channel.CreateUnbounded<ServerEvent>();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpResponseMessage _response;
    private readonly Task _reading;

    private EventStream(HttpResponseMessage response)
    {
        _response = response;
        _reading = Task.Run(ReadAsync);
    }

    public string? ContentType => _response.Content.Headers.ContentType?.ToString();

    public static async Task<EventStream> OpenAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response);
    }

    /// <summary>The next event; fails when none comes within <paramref name="seconds"/>.</summary>
    public async Task<ServerEvent> NextAsync(int seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _events.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No server-sent event within {seconds} s.");
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var reader = new StreamReader(await _response.Content.ReadAsStreamAsync(_stop.Token));
            string? name = null;
            var data = "";
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null)
                    {
                        _events.Writer.TryWrite(new ServerEvent(name, JsonDocument.Parse(data).RootElement.Clone()));
                    }

                    (name, data) = (null, "");
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data += line["data: ".Length..];
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
        {
            // Closed by the test or the server.
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading;
        _stop.Dispose();
    }
}
