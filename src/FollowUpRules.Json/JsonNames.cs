namespace FollowUpRules.Json;

/// <summary>The JSON names of enum values: the C# name in camelCase, such as <c>hiringManager</c>.</summary>
internal static class JsonNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : value.ToString();

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByName.TryGetValue(text, out value);

    /// <summary>Finds a value by its name as UTF-8 bytes, without making a string (an empty name finds nothing).</summary>
    public static bool TryParse<TEnum>(ReadOnlySpan<byte> utf8, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (name, each) in Names<TEnum>.ByUtf8Name)
        {
            if (utf8.SequenceEqual(name))
            {
                value = each;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string List<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Names<TEnum>.ByValue.Values);

    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue = Build();

        public static readonly Dictionary<string, TEnum> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly (byte[] Name, TEnum Value)[] ByUtf8Name = ByValue.Select(p => (System.Text.Encoding.UTF8.GetBytes(p.Value), p.Key)).ToArray();

        private static Dictionary<TEnum, string> Build()
        {
            var result = new Dictionary<TEnum, string>();
            var flags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), false);
#if NET8_0_OR_GREATER
            foreach (var value in Enum.GetValues<TEnum>())
#else
            foreach (TEnum value in Enum.GetValues(typeof(TEnum)))
#endif
            {
                var name = value.ToString();
                // "Unspecified" is a model's zero that validation rejects, never a value a document
                // gives: it is neither read nor listed.
                if ((flags && name is "None" or "All") || name == "Unspecified")
                {
                    continue;
                }

                result[value] = Camel(name);
            }

            return result;
        }
    }
}
