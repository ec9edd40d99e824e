using System.Globalization;

namespace TraffickingAbm.Engine.Output;

/// <summary>
/// An output folder has one writer per part of it: an exclusive OS lock on <c>.tabm.lock[.NAME]</c> inside it, held
/// for as long as the writer lives (a batch shard locks its own name, so the shards of a job array may share a folder
/// while two copies of one shard may not). The operating system drops the lock when the process ends, however it ends
/// (kill -9 included), so a killed writer never leaves a stale lock; the holder's process id sits beside it in
/// <c>.pid</c> for the message. Both files are removed when the writer finishes.
/// </summary>
public sealed class OutputFolderLock : IDisposable
{
    public const string Prefix = ".tabm.lock";
    private readonly List<(FileStream Lock, string? PidPath)> _held;

    private OutputFolderLock(List<(FileStream, string?)> held) => _held = held;

    /// <summary>Creates the folder if needed and takes its lock (<paramref name="name"/>: a part of the folder, e.g. a
    /// batch shard); throws <see cref="OutputFolderException"/> when another process holds it.</summary>
    public static OutputFolderLock Acquire(string directory, string name = "")
    {
        string full = Prepare(directory);
        return new OutputFolderLock([Take(full, name.Length == 0 ? Prefix : $"{Prefix}.{name}", writePid: true)]);
    }

    /// <summary>Takes the folder's lock and every named lock a writer of a part has made (merge: no writer may be
    /// active). Names are locked in a fixed order.</summary>
    public static OutputFolderLock AcquireAll(string directory)
    {
        string full = Prepare(directory);
        var held = new List<(FileStream, string?)>();
        try
        {
            held.Add(Take(full, Prefix, writePid: true));
            // ".tabm.lock.*" also matches ".tabm.lock" itself (the DOS rule for a trailing ".*"), taken above.
            var named = Directory.EnumerateFiles(full, Prefix + ".*").Select(Path.GetFileName)
                .Where(f => f != Prefix && !f!.EndsWith(".pid", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            foreach (string? path in named)
                held.Add(Take(full, path!, writePid: false));
            return new OutputFolderLock(held);
        }
        catch
        {
            foreach (var (stream, pid) in held) Release(stream, pid);
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var (stream, pid) in _held) Release(stream, pid);
    }

    private static string Prepare(string directory)
    {
        string full = Path.GetFullPath(directory);
        if (File.Exists(full)) throw new OutputFolderException($"--out {full}: is a file, not a folder");
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"--out {full}: cannot create the output folder ({(e is UnauthorizedAccessException ? "permission denied" : "a parent is a file or cannot be written")})");
        }
        return full;
    }

    private static (FileStream, string?) Take(string directory, string fileName, bool writePid)
    {
        string path = Path.Combine(directory, fileName), pidPath = path + ".pid";
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock on Unix and a share-mode lock on Windows: both die with the process.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            string holder = File.Exists(pidPath) ? File.ReadAllText(pidPath).Trim() : "unknown";
            throw new OutputFolderException(
                $"{directory}: another tabm process (pid {holder}) is writing this folder; wait for it to finish, or stop it " +
                $"(kill {holder}: 'dotnet run' starts tabm as a child process of its own, which goes on when only the launcher is killed) and then rerun, with --resume for a batch");
        }
        if (!writePid) return (stream, null);
        File.WriteAllText(pidPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        return (stream, pidPath);
    }

    /// <summary>Removes the lock's files, then drops the lock, so a finished folder holds only its output. (A process
    /// that opens the path meanwhile gets a new file and its own lock: the writer here is already done.) A killed
    /// writer leaves the files behind; they hold no lock and the next writer reuses them.</summary>
    private static void Release(FileStream stream, string? pidPath)
    {
        if (pidPath is not null) AtomicFile.TryDelete(pidPath);
        AtomicFile.TryDelete(stream.Name);
        stream.Dispose();
    }
}

/// <summary>An output folder that cannot be used: a file of that name, an uncreatable path, or a folder another process
/// is writing (exit code 2 at the CLI).</summary>
public sealed class OutputFolderException(string message) : Exception(message);
