using NodaTime;

namespace Budgeting.Domain.Common;

/// <summary>Reference data: the city, its zone and its 25 autonomous districts (gu).</summary>
public static class Seoul
{
    public const string CityWide = "city";

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    public static readonly Won MunicipalEnvelope = new(10_000_000_000);

    public static readonly IReadOnlyDictionary<string, string> Districts = new Dictionary<string, string>
    {
        ["jongno-gu"] = "종로구", ["jung-gu"] = "중구", ["yongsan-gu"] = "용산구", ["seongdong-gu"] = "성동구",
        ["gwangjin-gu"] = "광진구", ["dongdaemun-gu"] = "동대문구", ["jungnang-gu"] = "중랑구", ["seongbuk-gu"] = "성북구",
        ["gangbuk-gu"] = "강북구", ["dobong-gu"] = "도봉구", ["nowon-gu"] = "노원구", ["eunpyeong-gu"] = "은평구",
        ["seodaemun-gu"] = "서대문구", ["mapo-gu"] = "마포구", ["yangcheon-gu"] = "양천구", ["gangseo-gu"] = "강서구",
        ["guro-gu"] = "구로구", ["geumcheon-gu"] = "금천구", ["yeongdeungpo-gu"] = "영등포구", ["dongjak-gu"] = "동작구",
        ["gwanak-gu"] = "관악구", ["seocho-gu"] = "서초구", ["gangnam-gu"] = "강남구", ["songpa-gu"] = "송파구",
        ["gangdong-gu"] = "강동구",
    };

    /// <summary>A cycle's or proposal's scope: "city" (municipal) or a district code.</summary>
    public static bool IsKnownScope(string? scope) => scope == CityWide || (scope is not null && Districts.ContainsKey(scope));

    public static int FiscalYearOf(Instant instant) => instant.InZone(Zone).Year;
}
