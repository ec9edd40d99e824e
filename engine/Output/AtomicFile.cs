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
}
