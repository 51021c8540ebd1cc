#pragma once

#include <QStringView>

// The made-up words synthetic products are named from. Brands other than Anker are invented; the series
// words follow the way Japanese retailers write product names (English brand or katakana, series in
// English with a katakana reading, capacity, then a feature in Japanese).
namespace recall::synthetic::words {

struct Brand
{
    QStringView en;
    QStringView ja;
    QStringView reading; // katakana
    QStringView prefix;  // of model numbers
};

inline constexpr Brand brands[] = {
    {u"Anker", u"Anker", u"アンカー", u"A"},
    {u"Voltaro", u"ボルタロ", u"ボルタロ", u"VT"},
    {u"Kumo Audio", u"クモオーディオ", u"クモオーディオ", u"KA"},
    {u"Sakura Denki", u"さくら電機", u"サクラデンキ", u"SD"},
    {u"Hikari", u"ひかり", u"ヒカリ", u"HK"},
    {u"Nami Sound", u"ナミサウンド", u"ナミサウンド", u"NS"},
    {u"Tsubasa", u"ツバサ", u"ツバサ", u"TS"},
    {u"Mirai Power", u"ミライパワー", u"ミライパワー", u"MP"},
    {u"Orbit", u"オービット", u"オービット", u"OB"},
    {u"Kaze Labs", u"カゼラボ", u"カゼラボ", u"KZ"},
    {u"Hoshiden", u"星電", u"ホシデン", u"HD"},
    {u"Fuji Cell", u"富士セル", u"フジセル", u"FC"},
    {u"Yamato Audio", u"大和オーディオ", u"ヤマトオーディオ", u"YA"},
    {u"Koharu", u"こはる", u"コハル", u"KH"},
    {u"Raijin", u"雷神", u"ライジン", u"RJ"},
    {u"Aoba", u"青葉", u"アオバ", u"AB"},
};

// Series names are two of these: PowerCore / パワーコア, SoundWave / サウンドウェーブ.
struct SeriesPart
{
    QStringView en;
    QStringView katakana;
};

inline constexpr SeriesPart seriesParts[] = {
    {u"Power", u"パワー"},   {u"Core", u"コア"},       {u"Sound", u"サウンド"}, {u"Motion", u"モーション"},
    {u"Volt", u"ボルト"},    {u"Charge", u"チャージ"}, {u"Cell", u"セル"},      {u"Wave", u"ウェーブ"},
    {u"Beat", u"ビート"},    {u"Boom", u"ブーム"},     {u"Go", u"ゴー"},        {u"Max", u"マックス"},
    {u"Mini", u"ミニ"},      {u"Slim", u"スリム"},     {u"Flow", u"フロー"},    {u"Nano", u"ナノ"},
    {u"Air", u"エア"},       {u"Wing", u"ウィング"},   {u"Star", u"スター"},    {u"Link", u"リンク"},
    {u"Bass", u"ベース"},    {u"Echo", u"エコー"},     {u"Mag", u"マグ"},       {u"Solar", u"ソーラー"},
    {u"Pocket", u"ポケット"}, {u"Conf", u"コンフ"},    {u"Fusion", u"フュージョン"}, {u"Prime", u"プライム"},
    {u"Spark", u"スパーク"}, {u"Life", u"ライフ"},
};

struct Feature
{
    QStringView ja;
    QStringView en;
};

inline constexpr Feature batteryFeatures[] = {
    {u"薄型", u"Slim"},           {u"大容量", u"High Capacity"}, {u"急速充電", u"Fast Charging"},
    {u"マグネット式", u"Magnetic"}, {u"ケーブル内蔵", u"Built-in Cable"}, {u"ワイヤレス充電", u"Wireless Charging"},
    {u"軽量", u"Lightweight"},    {u"PD対応", u"PD"},            {u"残量表示付き", u"with Display"},
};

inline constexpr Feature speakerFeatures[] = {
    {u"防水", u"Waterproof"}, {u"ポータブル", u"Portable"}, {u"ワイヤレス", u"Wireless"},
    {u"重低音", u"Deep Bass"}, {u"ステレオ", u"Stereo"},     {u"アウトドア", u"Outdoor"},
};

inline constexpr Feature conferenceFeatures[] = {
    {u"全指向性", u"Omnidirectional"}, {u"ノイズキャンセリング", u"Noise Cancelling"},
    {u"USB接続", u"USB"},              {u"エコーキャンセル", u"Echo Cancelling"},
};

inline constexpr int capacities[] = {5000, 5200, 6700, 10000, 13000, 15000, 20000, 26800, 30000};
inline constexpr QStringView speakerSuffixes[] = {u"Mini", u"2", u"3", u"Pro", u"Go", u"Max", u"Plus", u"Lite"};

struct Hazard
{
    QStringView ja;
    QStringView en;
};

inline constexpr Hazard hazards[] = {
    {u"発熱し、発火するおそれがあります。", u"It may overheat and catch fire."},
    {u"電池が膨らみ、破損するおそれがあります。", u"The battery may swell and break."},
    {u"充電中に煙が出るおそれがあります。", u"It may give off smoke while charging."},
};

} // namespace recall::synthetic::words
