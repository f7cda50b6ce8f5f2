using SpaceRhetoric.Text;

namespace SpaceRhetoric.Sarif;

/// <summary>
/// GitHub's <c>primaryLocationLineHash</c> for the lines of one file: codeql-action's rolling hash
/// (fingerprints.ts) over UTF-16 code units, byte-identical to Sarif.Sdk's <c>HashUtilities.RollingHash</c>
/// (checked in the tests) but in 64-bit integer arithmetic, without an object per character.
/// </summary>
/// <remarks>
/// Spaces, tabs and the LF of a CRLF are skipped, CR becomes LF, and a sentinel 0xFFFF ends the text.
/// The hash of a line is that of the 100 characters from its first one; a hash seen before on an
/// earlier line gets the next occurrence number.
/// </remarks>
internal sealed class LineHashes
{
    private const int BlockSize = 100;
    private const ulong Mod = 37;
    private const char EndOfFile = '\uFFFF';
    private static readonly ulong s_firstMod = FirstMod();

    private readonly List<(ulong Hash, int Occurrence)> _byLine = [];

    public LineHashes(SourceText source)
    {
        var hasher = new Hasher(_byLine);

        // GitHub hashes the file as Node decodes it, where a UTF-8 BOM survives as U+FEFF on line 1.
        if (source.HadByteOrderMark)
        {
            hasher.Process('\uFEFF');
        }

        foreach (char c in source.Text)
        {
            hasher.Process(c);
        }

        hasher.Process(EndOfFile);
        hasher.Flush();
    }

    /// <summary>The hash of a 1-based line, <c>&lt;hex&gt;:&lt;occurrence&gt;</c>.</summary>
    public string? ForLine(int line)
    {
        if (line < 1 || line > _byLine.Count)
        {
            return null;
        }

        (ulong hash, int occurrence) = _byLine[line - 1];
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{hash:x}:{occurrence}");
    }

    private static ulong FirstMod()
    {
        ulong value = 1;
        for (int i = 0; i < BlockSize; i++)
        {
            value = unchecked(value * Mod);
        }

        return value;
    }

    private sealed class Hasher(List<(ulong Hash, int Occurrence)> byLine)
    {
        private readonly ulong[] _window = new ulong[BlockSize];
        private readonly int[] _lineNumbers = CreateLineNumbers();
        private readonly Dictionary<ulong, int> _seen = [];
        private ulong _hash;
        private int _index;
        private int _lineNumber;
        private bool _lineStart = true;
        private bool _previousCr;

        public void Process(char c)
        {
            if (c is ' ' or '\t' || (_previousCr && c == '\n'))
            {
                _previousCr = false;
                return;
            }

            _previousCr = c == '\r';
            if (c == '\r')
            {
                c = '\n';
            }

            if (_lineNumbers[_index] != -1)
            {
                Output();
            }

            if (_lineStart)
            {
                _lineStart = false;
                _lineNumber++;
                _lineNumbers[_index] = _lineNumber;
            }

            if (c == '\n')
            {
                _lineStart = true;
            }

            Update(c);
        }

        public void Flush()
        {
            for (int i = 0; i < BlockSize; i++)
            {
                if (_lineNumbers[_index] != -1)
                {
                    Output();
                }

                Update(0);
            }
        }

        private static int[] CreateLineNumbers()
        {
            int[] numbers = new int[BlockSize];
            Array.Fill(numbers, -1);
            return numbers;
        }

        private void Output()
        {
            int occurrence = _seen.GetValueOrDefault(_hash) + 1;
            _seen[_hash] = occurrence;

            // Lines leave the window in the order they entered it: line n is the n-th output.
            byLine.Add((_hash, occurrence));
            _lineNumbers[_index] = -1;
        }

        private void Update(ulong current)
        {
            ulong begin = _window[_index];
            _window[_index] = current;
            _hash = unchecked((Mod * _hash) + current - (s_firstMod * begin));
            _index = (_index + 1) % BlockSize;
        }
    }
}
