// Markers in export bodies, Android and iOS, en / es / pt / de: edited,
// deleted, polls, media lines, system lines, author names. Lines written from
// the facts in tests/fixtures/whatsapp/README.md and issue 8.
#include <gtest/gtest.h>

#include "whatsapp/export_body.h"
#include "whatsapp_test_util.h"

namespace chatbeto::whatsapp::testing {
namespace {

struct MarkerCase {
  const char* name;
  std::string line;  // one message (may hold '\n'); dates are day-first
  std::string type;
  std::string body;
  std::string media_name = "";
  std::string media_kind = "";
  bool edited = false, deleted = false, system = false;
};

const std::string kAnd = "20/01/24, 10:15 - Ana: ";   // Android
const std::string kIos = "[20/01/24, 10:15:30] Ana: ";  // iOS
const std::string kLrm = "\u200e";

class WhatsappMarkers : public ::testing::TestWithParam<MarkerCase> {};

TEST_P(WhatsappMarkers, Reads) {
  const auto& c = GetParam();
  auto p = ParseText(c.line + "\n", DateOrder::kDmy);
  ASSERT_EQ(p.rejections.size(), 0u) << p.rejections[0].reason;
  ASSERT_EQ(p.messages.size(), 1u);
  const auto& m = p.messages[0];
  EXPECT_EQ(m.message_type, c.type);
  EXPECT_EQ(m.body, c.body);
  EXPECT_EQ(m.media_name, c.media_name);
  EXPECT_EQ(m.media_kind, c.media_kind);
  EXPECT_EQ(m.is_edited, c.edited);
  EXPECT_EQ(m.is_deleted, c.deleted);
  EXPECT_EQ(m.is_system, c.system);
  EXPECT_EQ(m.direction == Direction::kSystem, c.system);
  EXPECT_EQ(m.raw, c.line);  // the raw line is kept whatever was taken out
}

INSTANTIATE_TEST_SUITE_P(
    WhatsappAll, WhatsappMarkers,
    ::testing::Values(
        MarkerCase{"plain", kAnd + "Hola: ¿qué tal?", "text", "Hola: ¿qué tal?"},
        MarkerCase{"edited_en_android", kAnd + "See you at 10 <This message was edited>", "text",
                   "See you at 10", "", "", true},
        MarkerCase{"edited_es_ios", kIos + "Nos vemos a las 10 " + kLrm + "<Se editó este mensaje.>",
                   "text", "Nos vemos a las 10", "", "", true},
        MarkerCase{"edited_pt", kAnd + "Até amanhã <Mensagem editada>", "text", "Até amanhã", "",
                   "", true},
        MarkerCase{"edited_de", kAnd + "Bis morgen <Diese Nachricht wurde bearbeitet.>", "text",
                   "Bis morgen", "", "", true},
        MarkerCase{"deleted_en", kAnd + "This message was deleted", "deleted",
                   "This message was deleted", "", "", false, true},
        MarkerCase{"deleted_you_ios", kIos + kLrm + "You deleted this message.", "deleted",
                   kLrm + "You deleted this message.", "", "", false, true},
        MarkerCase{"deleted_es", kAnd + "Se eliminó este mensaje", "deleted",
                   "Se eliminó este mensaje", "", "", false, true},
        MarkerCase{"deleted_es_ios", kIos + kLrm + "Se eliminó este mensaje.", "deleted",
                   kLrm + "Se eliminó este mensaje.", "", "", false, true},
        MarkerCase{"deleted_pt", kAnd + "Esta mensagem foi apagada", "deleted",
                   "Esta mensagem foi apagada", "", "", false, true},
        MarkerCase{"deleted_de", kAnd + "Diese Nachricht wurde gelöscht.", "deleted",
                   "Diese Nachricht wurde gelöscht.", "", "", false, true},
        MarkerCase{"poll_android",
                   kAnd + "POLL:\nWhich day?\nOPTION: Monday (2 votes)\nOPTION: Tuesday (0 votes)",
                   "poll", "POLL:\nWhich day?\nOPTION: Monday (2 votes)\nOPTION: Tuesday (0 votes)"},
        MarkerCase{"poll_es_ios",
                   kIos + kLrm + "ENCUESTA:\n¿Qué día?\n" + kLrm + "OPCIÓN: Lunes (2 votos)",
                   "poll", kLrm + "ENCUESTA:\n¿Qué día?\n" + kLrm + "OPCIÓN: Lunes (2 votos)"},
        MarkerCase{"media_omitted_en", kAnd + "<Media omitted>", "media", "", "", "media"},
        MarkerCase{"media_omitted_es", kAnd + "<Multimedia omitido>", "media", "", "", "media"},
        MarkerCase{"media_omitted_pt", kAnd + "<Mídia oculta>", "media", "", "", "media"},
        MarkerCase{"media_omitted_de", kAnd + "<Medien ausgeschlossen>", "media", "", "", "media"},
        MarkerCase{"image_omitted_ios", kIos + kLrm + "image omitted", "media", "", "", "image"},
        MarkerCase{"imagen_omitida_ios", kIos + kLrm + "imagen omitida", "media", "", "", "image"},
        MarkerCase{"bild_weggelassen_ios", kIos + kLrm + "Bild weggelassen", "media", "", "", "image"},
        MarkerCase{"sticker_omitido", kIos + kLrm + "sticker omitido", "media", "", "", "sticker"},
        MarkerCase{"attached_ios", kIos + kLrm + "<attached: 00000001-PHOTO-2019-01-01-12-00-00.jpg>",
                   "media", "", "00000001-PHOTO-2019-01-01-12-00-00.jpg", "image"},
        MarkerCase{"anhang_ios_caption",
                   kIos + kLrm + "<Anhang: 00000002-VIDEO-2024-01-20-10-15-30.mp4>\nUnser Urlaub",
                   "media", "Unser Urlaub", "00000002-VIDEO-2024-01-20-10-15-30.mp4", "video"},
        MarkerCase{"file_attached_caption", kAnd + "IMG-20240120-WA0001.jpg (file attached)\nLook!",
                   "media", "Look!", "IMG-20240120-WA0001.jpg", "image"},
        MarkerCase{"archivo_adjunto", kAnd + "IMG-20240120-WA0002.jpg (archivo adjunto)", "media",
                   "", "IMG-20240120-WA0002.jpg", "image"},
        MarkerCase{"arquivo_anexado", kAnd + "VID-20240120-WA0003.mp4 (arquivo anexado)", "media",
                   "", "VID-20240120-WA0003.mp4", "video"},
        MarkerCase{"datei_angehaengt", kAnd + "DOC-20240120-WA0004.pdf (Datei angehängt)", "media",
                   "", "DOC-20240120-WA0004.pdf", "document"},
        MarkerCase{"voice_ptt", kAnd + "PTT-20240120-WA0005.opus (file attached)", "media", "",
                   "PTT-20240120-WA0005.opus", "voice"},
        MarkerCase{"voice_ios", kIos + kLrm + "<attached: 00000003-AUDIO-2024-01-20-10-15-30.opus>",
                   "media", "", "00000003-AUDIO-2024-01-20-10-15-30.opus", "voice"},
        MarkerCase{"contact_card", kAnd + "Pedro.vcf (file attached)", "media", "", "Pedro.vcf",
                   "contact"},
        MarkerCase{"document_pages_ios",
                   kIos + kLrm + "Contrato.pdf • " + kLrm + "14 pages " + kLrm +
                       "<attached: 00000004-Contrato.pdf>",
                   "media", "", "00000004-Contrato.pdf", "document"},
        MarkerCase{"document_pages_android", kAnd + "Contrato.pdf • 14 páginas", "media", "",
                   "Contrato.pdf", "document"},
        MarkerCase{"location", kAnd + "location: https://maps.google.com/?q=40.4,-3.7", "location",
                   "location: https://maps.google.com/?q=40.4,-3.7"},
        MarkerCase{"ios_encryption_notice",
                   "[20/01/24, 10:15:30] Familia: " + kLrm +
                       "Messages and calls are end-to-end encrypted. No one outside of this "
                       "chat, not even WhatsApp, can read or listen to them.",
                   "system",
                   kLrm + "Messages and calls are end-to-end encrypted. No one outside of this "
                          "chat, not even WhatsApp, can read or listen to them.",
                   "", "", false, false, true},
        MarkerCase{"system_android_es", "20/01/24, 10:15 - Ana creó el grupo \"Familia\"", "system",
                   "Ana creó el grupo \"Familia\"", "", "", false, false, true},
        MarkerCase{"system_ios_lrm", "[20/01/24, 10:15:30] " + kLrm + "Ana added Pedro", "system",
                   kLrm + "Ana added Pedro", "", "", false, false, true}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(WhatsappAuthors, NonContactMarkAndIsolatesOnlyGoWhenMatching) {
  auto p = ParseText("20/01/24, 10:15 - ~\u202fPedro Gómez: hola\n"
                     "20/01/24, 10:16 - \u2066+34 600 00 00 00\u2069: hey\n"
                     "20/01/24, 10:17 - Zoë 👩‍👩‍👧: ok\n"
                     "20/01/24, 10:18 - Ana: yo\n",
                     DateOrder::kDmy, "UTC", "Ana");
  ASSERT_EQ(p.messages.size(), 4u);
  EXPECT_EQ(p.messages[0].sender_name, "Pedro Gómez");
  EXPECT_EQ(p.messages[1].sender_name, "\u2066+34 600 00 00 00\u2069");  // as written
  EXPECT_EQ(p.messages[1].from_addr, "+34 600 00 00 00");                // matched without
  EXPECT_EQ(p.messages[2].sender_name, "Zoë 👩‍👩‍👧");  // ZWJ sequence intact, no NFKC
  EXPECT_EQ(p.messages[0].direction, Direction::kInbound);
  EXPECT_EQ(p.messages[3].direction, Direction::kOutbound);  // --me Ana
  EXPECT_EQ(MatchKey("\u200eAna\u00a0María\u200f"), "Ana María");
  EXPECT_EQ(DisplayName("~ Bob"), "Bob");
  EXPECT_EQ(DisplayName("Bob ~"), "Bob ~");
}

TEST(WhatsappMedia, KindAndMimeFromName) {
  EXPECT_EQ(MediaKindOfName("STK-20240120-WA0001.webp"), "sticker");
  EXPECT_EQ(MediaKindOfName("AUD-20240120-WA0001.m4a"), "audio");
  EXPECT_EQ(MediaKindOfName("00000005-GIF-2024.mp4"), "gif");
  EXPECT_EQ(MimeOfName("x.JPG"), "image/jpeg");
  EXPECT_EQ(MimeOfName("x.opus"), "audio/ogg");
  EXPECT_EQ(MimeOfName("noext"), "application/octet-stream");
}

}  // namespace
}  // namespace chatbeto::whatsapp::testing
