using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpaceRhetoric.Configuration;

/// <summary>
/// An <c>.editorconfig</c> section name compiled to a matcher over paths relative to the <c>.editorconfig</c>'s
/// folder (forward slashes). Supports <c>*</c>, <c>**</c>, <c>?</c>, <c>[abc]</c>, <c>[!a-z]</c>, <c>{a,b}</c>
/// (nested), <c>{1..3}</c> and backslash escapes; a name without <c>/</c> matches a file name at any depth.
/// </summary>
internal sealed class EditorConfigGlob
{
    private readonly Regex _regex;
    private readonly List<(int Min, int Max)> _ranges;

    private EditorConfigGlob(Regex regex, List<(int Min, int Max)> ranges)
    {
        _regex = regex;
        _ranges = ranges;
    }

    public static EditorConfigGlob Compile(string sectionName)
    {
        string pattern = sectionName.Trim();
        if (pattern.StartsWith('/'))
        {
            pattern = pattern[1..];
        }
        else if (!pattern.Contains('/'))
        {
            pattern = "**/" + pattern;
        }

        var builder = new Builder(pattern);
        string body = builder.Build();
        var regex = new Regex("^" + body + "$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        return new EditorConfigGlob(regex, builder.Ranges);
    }

    public bool IsMatch(string relativePath)
    {
        Match match = _regex.Match(relativePath);
        if (!match.Success)
        {
            return false;
        }

        for (int i = 0; i < _ranges.Count; i++)
        {
            if (!int.TryParse(match.Groups[$"r{i}"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n)
                || n < _ranges[i].Min || n > _ranges[i].Max)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Builder(string pattern)
    {
        private int _pos;

        public List<(int Min, int Max)> Ranges { get; } = [];

        public string Build()
        {
            var sb = new StringBuilder();
            Append(sb, inBraces: false);
            return sb.ToString();
        }

        // Appends until the end, or (inside braces) until an unmatched ',' or '}' which the caller consumes.
        private void Append(StringBuilder sb, bool inBraces)
        {
            while (_pos < pattern.Length)
            {
                char c = pattern[_pos];
                if (inBraces && (c == ',' || c == '}'))
                {
                    return;
                }

                _pos++;
                switch (c)
                {
                    case '*' when _pos < pattern.Length && pattern[_pos] == '*':
                        _pos++;
                        if (_pos < pattern.Length && pattern[_pos] == '/')
                        {
                            // "**/" also matches no folder at all: "docs/**/a.md" matches "docs/a.md".
                            _pos++;
                            sb.Append("(?:.*/)?");
                        }
                        else
                        {
                            sb.Append(".*");
                        }

                        break;
                    case '*':
                        sb.Append("[^/]*");
                        break;
                    case '?':
                        sb.Append("[^/]");
                        break;
                    case '[':
                        AppendCharClass(sb);
                        break;
                    case '{':
                        AppendBraces(sb);
                        break;
                    case '\\' when _pos < pattern.Length:
                        sb.Append(Regex.Escape(pattern[_pos++].ToString()));
                        break;
                    default:
                        sb.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }
        }

        private void AppendCharClass(StringBuilder sb)
        {
            int close = pattern.IndexOf(']', _pos + (_pos < pattern.Length && pattern[_pos] is '!' or '^' ? 2 : 1));
            if (close < 0 || pattern.AsSpan(_pos, close - _pos).Contains('/'))
            {
                sb.Append(@"\[");
                return;
            }

            var cls = new StringBuilder("[");
            int i = _pos;
            if (pattern[i] is '!' or '^')
            {
                cls.Append('^');
                i++;
            }

            for (; i < close; i++)
            {
                char c = pattern[i];
                cls.Append(c == '-' ? "-" : Regex.Escape(c.ToString()).Replace("]", @"\]"));
            }

            cls.Append(']');
            sb.Append(cls);
            _pos = close + 1;
        }

        private void AppendBraces(StringBuilder sb)
        {
            int start = _pos;
            Match range = Regex.Match(pattern[start..], @"^(-?\d+)\.\.(-?\d+)\}");
            if (range.Success)
            {
                int a = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
                int b = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
                sb.Append($"(?<r{Ranges.Count}>-?[0-9]+)");
                Ranges.Add((Math.Min(a, b), Math.Max(a, b)));
                _pos += range.Length;
                return;
            }

            var alternatives = new List<string>();
            while (true)
            {
                var alt = new StringBuilder();
                Append(alt, inBraces: true);
                alternatives.Add(alt.ToString());
                if (_pos >= pattern.Length)
                {
                    // No closing brace: the '{' was literal after all.
                    _pos = start;
                    sb.Append(@"\{");
                    return;
                }

                if (pattern[_pos++] == '}')
                {
                    break;
                }
            }

            if (alternatives.Count == 1)
            {
                // "{word}" with no comma is literal, as in editorconfig-core.
                sb.Append(@"\{").Append(alternatives[0]).Append(@"\}");
                return;
            }

            sb.Append("(?:").Append(string.Join('|', alternatives)).Append(')');
        }
    }
}
