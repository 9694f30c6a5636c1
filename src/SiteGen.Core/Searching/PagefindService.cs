using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Searching;

/// <summary>A page to index: the URL a search result links to, and the page's HTML.</summary>
public sealed record IndexedPage(string Url, string Html);

/// <summary>A file of the search bundle, by its path inside the bundle folder.</summary>
public sealed record BundleFile(string Path, byte[] Bytes);

/// <summary>Pagefind refused a page or the index, or could not be run.</summary>
public sealed class PagefindException(string message) : Exception(message);

/// <summary>
/// Pagefind's indexer, run as the service its Node API uses (<c>pagefind_extended --service</c>): each
/// message is base64 of a JSON object, followed by a comma, on standard input; answers come the same way
/// on standard output. Pages are sent from memory and the bundle comes back as files, so indexing needs
/// no copy of the site on disk and writes nothing: the build stages the files like any page's.
/// </summary>
public static class PagefindService
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Indexes the pages, in the order given, and returns the search bundle's files sorted by path. The pages
    /// are read one at a time as they are sent, so a large site is never held in memory as a whole.
    /// </summary>
    public static IReadOnlyList<BundleFile> Index(string binary, IEnumerable<IndexedPage> pages)
    {
        var start = new ProcessStartInfo(binary, "--service")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PagefindException($"{binary} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new PagefindException($"{binary} could not be started: {ex.Message}.");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var answers = new Answers(process.StandardOutput);
            try
            {
                Send(process, 1, new JsonObject { ["type"] = "NewIndex", ["config"] = new JsonObject() });
                var index = answers.Await(1, "NewIndex")["index_id"]!.GetValue<int>();

                var id = 1;
                foreach (var page in pages)
                {
                    Send(process, ++id, new JsonObject { ["type"] = "AddFile", ["index_id"] = index, ["url"] = page.Url, ["file_contents"] = page.Html });
                }

                var getFiles = ++id;
                Send(process, getFiles, new JsonObject { ["type"] = "GetFiles", ["index_id"] = index });
                process.StandardInput.Flush();
                for (var added = 2; added < getFiles; added++)
                {
                    answers.Await(added, "IndexedFile");
                }

                var files = answers.Await(getFiles, "GetFiles")["files"]!.AsArray()
                    .Select(f => new BundleFile(f!["path"]!.GetValue<string>().TrimStart('/'), Convert.FromBase64String(f["content"]!.GetValue<string>())))
                    .OrderBy(f => f.Path, StringComparer.Ordinal)
                    .ToList();
                process.StandardInput.Close();
                return files;
            }
            catch (Exception ex) when (ex is IOException or JsonException or FormatException or InvalidOperationException or PagefindException)
            {
                // Whichever side noticed first (a closed pipe, an answer that never came), what Pagefind printed says why.
                var what = ex is PagefindException ? ex.Message : $"Pagefind stopped answering ({ex.Message}).";
                try
                {
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // It has gone already.
                }

                throw new PagefindException($"{what} {Tail(process, errors)}".TrimEnd());
            }
            finally
            {
                if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
    }

    private static void Send(Process process, int id, JsonObject payload)
    {
        var message = new JsonObject { ["message_id"] = id, ["payload"] = payload };
        process.StandardInput.Write(Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(message, Json)));
        process.StandardInput.Write(',');
    }

    private static string Tail(Process process, Task<string> errors)
    {
        process.WaitForExit(TimeSpan.FromSeconds(10));
        return errors.Wait(TimeSpan.FromSeconds(10)) && errors.Result.Trim() is { Length: > 0 } text ? "It said: " + text[^Math.Min(text.Length, 500)..] : "";
    }

    /// <summary>
    /// The answers, read from standard output on a thread of their own as they come (Pagefind answers every
    /// page, and would stop reading pages once its output pipe is full), and handed out by message id.
    /// </summary>
    private sealed class Answers
    {
        private readonly Dictionary<int, JsonObject> _received = [];
        private readonly Task _reading;
        private string? _ended;

        public Answers(StreamReader output) => _reading = Task.Run(() => ReadAll(output));

        public JsonObject Await(int id, string type)
        {
            JsonObject? payload;
            lock (_received)
            {
                while (!_received.Remove(id, out payload))
                {
                    if (_ended is not null)
                    {
                        throw new PagefindException(_ended);
                    }

                    Monitor.Wait(_received);
                }
            }

            if (payload["type"]?.GetValue<string>() is var actual && actual != type)
            {
                throw new PagefindException(actual == "Error"
                    ? $"Pagefind refused to index: {payload["message"]?.GetValue<string>()}"
                    : $"Pagefind answered {actual} where {type} was expected.");
            }

            return payload;
        }

        private void ReadAll(StreamReader output)
        {
            var pending = new StringBuilder();
            string ended = "Pagefind stopped before it answered.";
            try
            {
                int c;
                while ((c = output.Read()) >= 0)
                {
                    if (c != ',')
                    {
                        pending.Append((char)c);
                        continue;
                    }

                    var message = JsonNode.Parse(Convert.FromBase64String(pending.ToString()))!.AsObject();
                    pending.Clear();
                    var payload = message["payload"]!.AsObject();
                    if (message["message_id"]?.GetValue<int>() is not { } id)
                    {
                        ended = $"Pagefind could not read a message: {payload["message"]?.GetValue<string>()}";
                        break;
                    }

                    lock (_received)
                    {
                        _received[id] = payload;
                        Monitor.PulseAll(_received);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or JsonException or FormatException or InvalidOperationException)
            {
                ended = $"Pagefind's answer could not be read: {ex.Message}";
            }

            lock (_received)
            {
                _ended = ended;
                Monitor.PulseAll(_received);
            }
        }
    }
}
