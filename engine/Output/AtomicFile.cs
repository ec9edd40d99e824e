using System.Text;

namespace TraffickingAbm.Engine.Output;

/// <summary>
/// Files appear under their final name only when complete: content goes to a temporary sibling,
/// is flushed to disk, then renamed over the target (rename is atomic within one file system).
/// </summary>
public static class AtomicFile
{
    /// <summary>A unique temporary name beside <paramref name="finalPath"/>; never matches *.parquet or *.json.</summary>
    public static string TemporaryPathFor(string finalPath) =>
        $"{finalPath}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";

    public static void WriteAllText(string path, string contents)
    {
        string tmp = TemporaryPathFor(path);
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write))
            {
                var bytes = new UTF8Encoding(false).GetBytes(contents);
                fs.Write(bytes);
                fs.Flush(flushToDisk: true);
            }
            File.Move(tmp, path, overwrite: true);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    public static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// Deletes the temporary files under <paramref name="folder"/> (and its subfolders) whose writing process is gone:
    /// what a killed writer left. A temporary's name carries its writer's process id (<c>NAME.PID.GUID.tmp</c>), so
    /// those of a live process, such as another shard writing the same folder, are left alone. Returns how many.
    /// </summary>
    public static int DeleteOrphanedTemporaries(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        int deleted = 0;
        foreach (string path in Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories))
        {
            string[] parts = Path.GetFileName(path).Split('.');
            if (parts.Length < 4 || parts[^2].Length != 32 || !int.TryParse(parts[^3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int pid)) continue;
            if (pid == Environment.ProcessId || IsRunning(pid)) continue;
            TryDelete(path);
            deleted++;
        }
        return deleted;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; } // no such process
        catch (InvalidOperationException) { return false; }
    }
}
