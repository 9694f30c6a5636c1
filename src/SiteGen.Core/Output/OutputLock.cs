using System.Collections.Concurrent;
using System.Globalization;

namespace SiteGen.Output;

/// <summary>
/// One build per output folder at a time. The lock is a file in the bookkeeping folder beside the output
/// folder (<c>.sitegen/site.lock</c> for <c>site/</c>) with an operating-system record lock on it, which the
/// kernel drops when the holder exits, however it exits: a crashed or killed build never leaves a stale
/// lock behind. The file names its holder (process id, start time, command), so a build that has to wait
/// can say for whom. Builds in one process (the dev server and a build, tests) take turns through an
/// in-process gate first, because record locks do not exclude each other within a process.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly Gate _gate;
    private readonly FileStream _file;
    private bool _released;

    private OutputLock(Gate gate, FileStream file)
    {
        _gate = gate;
        _file = file;
    }

    /// <summary>The lock file of an output folder: <c>.sitegen/site.lock</c> beside <c>site/</c>.</summary>
    private static string PathFor(string target) => OutputFolder.Bookkeeping(target, ".lock");

    /// <summary>
    /// Takes the lock of <paramref name="target"/>, waiting up to <paramref name="timeout"/> for another
    /// build to finish. Null when the wait ran out; <paramref name="holder"/> then describes who holds it.
    /// </summary>
    /// <param name="waiting">Called once, with the holder, when the lock is taken and this build has to wait.</param>
    public static OutputLock? Acquire(string target, TimeSpan timeout, Action<string>? waiting, out string holder)
    {
        var path = PathFor(target);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var gate = Gates.GetOrAdd(path, _ => new Gate());
        var deadline = DateTime.UtcNow + timeout;
        var announced = false;

        if (!gate.Semaphore.Wait(0))
        {
            holder = gate.Holder;
            announced = Announce(holder, timeout, waiting);
            if (!gate.Semaphore.Wait(Remaining(deadline)))
            {
                holder = gate.Holder;
                return null;
            }
        }

        try
        {
            while (true)
            {
                if (TryLockFile(path) is { } file)
                {
                    gate.Holder = Describe(Environment.ProcessId);
                    Write(file, gate.Holder);
                    holder = gate.Holder;
                    return new OutputLock(gate, file);
                }

                holder = ReadHolder(path);
                if (Remaining(deadline) <= TimeSpan.Zero)
                {
                    gate.Semaphore.Release();
                    return null;
                }

                announced = announced || Announce(holder, timeout, waiting);
                Thread.Sleep(Poll < Remaining(deadline) ? Poll : Remaining(deadline));
            }
        }
        catch
        {
            gate.Semaphore.Release();
            throw;
        }
    }

    public void Dispose()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        _file.Dispose(); // closing the file drops the record lock
        _gate.Holder = "";
        _gate.Semaphore.Release();
    }

    private static TimeSpan Remaining(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static bool Announce(string holder, TimeSpan timeout, Action<string>? waiting)
    {
        if (timeout > TimeSpan.Zero)
        {
            waiting?.Invoke(holder);
        }

        return true;
    }

    private static FileStream? TryLockFile(string path)
    {
        FileStream? file = null;
        try
        {
            if (OperatingSystem.IsMacOS())
            {
                // No record locks from .NET there: a whole-file lock, which a waiting build cannot read past.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }

            // Shared for reading and writing so that a waiting build can read who holds it; the record
            // lock on the first byte is what excludes.
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            file.Lock(0, 1);
            return file;
        }
        catch (IOException)
        {
            file?.Dispose();
            return null;
        }
    }

    private static void Write(FileStream file, string holder)
    {
        file.SetLength(0);
        file.Write(System.Text.Encoding.UTF8.GetBytes(holder + "\n"));
        file.Flush();
    }

    private static string ReadHolder(string path)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            return reader.ReadLine() is { Length: > 0 } line ? line : "another sitegen process";
        }
        catch (IOException)
        {
            return "another sitegen process";
        }
    }

    private static string Describe(int processId) =>
        string.Create(CultureInfo.InvariantCulture, $"sitegen process {processId}, started at {DateTime.Now:HH:mm:ss}");

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public string Holder { get; set; } = "";
    }
}
