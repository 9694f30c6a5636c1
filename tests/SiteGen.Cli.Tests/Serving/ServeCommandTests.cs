using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests.Serving;

/// <summary><c>sitegen serve</c> as an author runs it: in a process of its own, stopped with Ctrl+C.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.OfRepository();

    private string[] Serve(params string[] more) =>
        ["serve", "--content", _workspace.Content, "--templates", _workspace.Templates, "--out", _workspace.Site, .. more];

    [Theory]
    [InlineData("127.0.0.1", "INT")]
    [InlineData("0.0.0.0", "TERM")]
    public async Task It_says_where_it_serves_and_stops_cleanly_on_a_signal(string host, string signal)
    {
        using var process = Sitegen.Start(Serve("--port", "0", "--host", host));
        if (signal == "INT" && Ignores(process.Id, signal: 2))
        {
            // Started from a background job, this process and its children ignore SIGINT (as nohup does), and
            // .NET keeps an inherited SIG_IGN: a terminal's Ctrl+C cannot be imitated here.
            signal = "TERM";
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        var serving = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (output) { output.AppendLine(e.Data); }
            if (e.Data is { } line && ServingLine().Match(line) is { Success: true } m) { serving.TrySetResult(new Uri(m.Groups[1].Value)); }
        };
        process.ErrorDataReceived += (_, e) => { lock (error) { error.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var address = await serving.Task.WaitAsync(TimeSpan.FromMinutes(2));
            using var http = new HttpClient();
            var page = await http.GetStringAsync(new Uri(address, "en/"));
            Assert.Contains("/__sitegen/live.js", page, StringComparison.Ordinal);
            Assert.Equal(IPAddress.Loopback.ToString(), address.Host);
        }
        finally
        {
            using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), $"sitegen serve did not stop on SIG{signal}:\n{output}{error}");
        process.WaitForExit(); // the last lines of output
        Assert.True(process.ExitCode == ExitCodes.Success, $"exit {process.ExitCode}: {output}{error}");
        Assert.Contains("Stopped.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(host != "127.0.0.1", error.ToString().Contains("anyone who can reach this machine", StringComparison.Ordinal));
        Assert.True(File.Exists(_workspace.PathOf("site/en/index.html")));
    }

    [Fact]
    public void A_port_in_use_is_named_with_what_to_do()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var result = Sitegen.Run(Serve("--port", port));

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains($"port {port} on 127.0.0.1 is in use; pass --port with another number, or --port 0 for any free port.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000", "--port must be between 0 and 65535.")]
    [InlineData("--host", "localhost", "--host must be an IP address, such as 127.0.0.1 or 0.0.0.0.")]
    [InlineData("--port", "abc", "Cannot parse argument 'abc' for option '--port'")] // was an unhandled exception
    public void A_bad_address_is_refused_before_anything_is_built(string option, string value, string message)
    {
        var result = Sitegen.Run(Serve(option, value));

        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.Site));
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>Whether a process ignores a signal from the start (<c>SigIgn</c> in <c>/proc/PID/status</c>).</summary>
    private static bool Ignores(int pid, int signal)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & (1UL << (signal - 1))) != 0;
    }

    [GeneratedRegex(@"^Serving .* at (http://\S+/) \(watching")]
    private static partial Regex ServingLine();
}
