// Static text the generator assembles conversations from. Written for this
// project (no third-party text). It deliberately mixes English and Spanish
// with accents, emoji (outside the BMP, so ensure_ascii output needs surrogate
// pairs), CJK, right-to-left scripts, quotes, backslashes and tabs, so that an
// importer's escaping, utf8mb4 and search paths are all exercised.
#pragma once
#include <string_view>

namespace gen::corpus {

using sv = std::string_view;

inline constexpr sv kEnglish[] = {
    "That is a good question, and the short answer is that it depends on how often the data "
    "changes.",
    "Let's break this down into smaller steps so each one can be checked on its own.",
    "The main trade-off is between simplicity now and flexibility later.",
    "If you only need this once, a quick script is fine; if it runs nightly, make it idempotent.",
    "Keep the original file untouched and write the cleaned version next to it.",
    "Most of the time is spent waiting on the network, not in the parsing itself.",
    "A common mistake is to assume the timestamps are in local time when they are in UTC.",
    "You can verify the result by counting the rows before and after the change.",
    "I would start with the simplest version that works and measure before optimizing.",
    "The error message suggests the file is truncated, so check that the download finished.",
    "Here is a summary of the options, with the pros and cons of each one.",
    "This approach scales linearly with the number of records, which should be enough.",
    "Remember to back up the database before running the migration in production.",
    "If the test passes locally but fails in CI, compare the environment variables first.",
    "The budget looks realistic, although the contingency line is a bit thin.",
    "A weekly review of twenty minutes usually keeps a project like this on track.",
    "For a beginner, the second option is easier to maintain and to explain.",
    "The recipe works just as well with canned tomatoes if fresh ones are out of season.",
    "Try to sleep at the same time every day, including weekends, for two weeks.",
    "The contract should say who owns the data and how it is returned at the end.",
    "Ask the landlord for the inspection report before you sign anything.",
    "A good first paragraph states the problem, the stakes and what you propose.",
    "Split the migration into two releases so that rolling back stays possible.",
    "The chart shows a clear seasonal pattern with a peak every December.",
    "Check whether the library is still maintained before depending on it.",
    "The function returns null when the key is missing, so handle that case explicitly.",
    "In short: measure, change one thing, and measure again.",
    "That should fix it. Let me know if the warning is still there after a clean build.",
    "The average is misleading here because a few very large values dominate it.",
    "Use a transaction so that a failure halfway leaves nothing half-written behind.",
    "It's worth writing the \"why\" in the commit message, not just the \"what\".",
    "The path C:\\Users\\me\\Downloads\\export.zip uses backslashes, which need escaping in JSON.",
    "A tab-separated line looks like this:\tname\tvalue\tunit",
    "Prices went up about 4.5% compared with last year, mostly because of energy costs.",
    "The museum is closed on Mondays, so plan the visit for Tuesday morning.",
    "Drink water before the run and eat something light about an hour earlier.",
};

inline constexpr sv kSpanish[] = {
    "Buena pregunta; la respuesta corta es que depende de cuántas veces cambian los datos.",
    "Vamos a dividirlo en pasos pequeños para poder comprobar cada uno por separado.",
    "La principal ventaja es la simplicidad, aunque se pierde algo de flexibilidad.",
    "Si solo lo necesitas una vez, basta con un script rápido; si corre cada noche, hazlo "
    "idempotente.",
    "Guarda el archivo original sin tocar y escribe la versión limpia al lado.",
    "La mayor parte del tiempo se va en esperar a la red, no en el análisis.",
    "Un error habitual es suponer que las fechas están en hora local cuando están en UTC.",
    "Puedes verificar el resultado contando las filas antes y después del cambio.",
    "Empezaría por la versión más sencilla que funcione y mediría antes de optimizar.",
    "El mensaje de error sugiere que el archivo está truncado; revisa que la descarga terminó.",
    "Aquí tienes un resumen de las opciones, con los pros y los contras de cada una.",
    "Recuerda hacer una copia de seguridad de la base de datos antes de la migración.",
    "El presupuesto parece realista, aunque la partida de imprevistos es algo escasa.",
    "Una revisión semanal de veinte minutos suele bastar para mantener el proyecto al día.",
    "Para alguien que empieza, la segunda opción es más fácil de mantener y de explicar.",
    "La receta sale igual de bien con tomate en conserva si no es temporada.",
    "Intenta dormir a la misma hora todos los días, también el fin de semana, durante dos semanas.",
    "El contrato debe decir quién es dueño de los datos y cómo se devuelven al final.",
    "Pídele al casero el informe de inspección antes de firmar nada.",
    "Un buen primer párrafo plantea el problema, lo que está en juego y tu propuesta.",
    "Divide la migración en dos entregas para que siempre se pueda volver atrás.",
    "El gráfico muestra un patrón estacional claro, con un pico cada diciembre.",
    "La reunión del viernes a las 10 sirve para revisar el avance con el equipo.",
    "¿Quieres que lo convierta en una tabla o prefieres una lista con viñetas?",
    "El año pasado la facturación creció un 12 %, sobre todo en el segundo semestre.",
    "Mañana por la mañana es buen momento para llamar a la gestoría.",
    "Según el calendario, la entrega del informe es el 15 de marzo.",
    "La niña tiene clase de piano los miércoles, así que el dentista mejor el jueves.",
    "Añade una pizca de sal, un chorrito de aceite de oliva y deja reposar diez minutos.",
    "En resumen: mide, cambia una sola cosa y vuelve a medir.",
    "Eso debería arreglarlo. Avísame si el aviso sigue apareciendo tras compilar de cero.",
    "Hay que tener en cuenta el IVA, que en España es del 21 % para la mayoría de servicios.",
    "El camión llega entre las 8 y las 9; alguien tiene que estar en el almacén.",
    "Señalización, iluminación y accesibilidad: esos son los tres puntos pendientes.",
};

// Korean, the main language of the real export of issue 11 (most of its
// text is Hangul: 3 UTF-8 bytes, or a 6-byte \uXXXX escape, per syllable).
inline constexpr sv kKorean[] = {
    "좋은 질문입니다. 짧게 답하면 데이터가 얼마나 자주 바뀌는지에 따라 달라집니다.",
    "먼저 전체 과정을 작은 단계로 나누고, 각 단계를 따로 확인해 보겠습니다.",
    "가장 큰 장단점은 지금의 단순함과 나중의 유연성 사이의 선택입니다.",
    "한 번만 필요하다면 간단한 스크립트로 충분하지만, 매일 돌린다면 여러 번 실행해도 결과가 같도록 만드세요.",
    "원본 파일은 그대로 두고, 정리한 결과는 옆에 새 파일로 저장하는 것이 안전합니다.",
    "분할 매수 전략은 가격이 내려갈 때마다 일정 금액씩 나누어 사는 방법입니다.",
    "주식 매수 전에 회사의 부채 비율과 현금 흐름을 먼저 확인하는 것이 좋습니다.",
    "해외 주식의 양도소득세는 연간 250만 원을 넘는 수익에 대해 22%가 부과됩니다.",
    "세금 신고 기간은 보통 5월이며, 미리 거래 내역을 정리해 두면 훨씬 수월합니다.",
    "배당주 전략은 변동성이 낮은 대신 수익률이 크게 오르기 어렵다는 점을 기억하세요.",
    "이 코드는 파일을 한 줄씩 읽기 때문에 메모리를 거의 쓰지 않습니다.",
    "오류 메시지를 보면 파일이 중간에 잘린 것 같으니 다운로드가 끝났는지 확인해 보세요.",
    "테스트가 로컬에서는 통과하는데 CI에서 실패한다면 환경 변수부터 비교해 보세요.",
    "데이터베이스를 마이그레이션하기 전에 반드시 백업을 먼저 해 두세요.",
    "평균값은 몇 개의 아주 큰 값에 끌려가기 때문에 여기서는 중앙값을 보는 편이 낫습니다.",
    "트랜잭션을 쓰면 중간에 실패해도 반쯤 쓰인 데이터가 남지 않습니다.",
    "환율이 오르면 달러 자산의 원화 가치도 함께 오르므로 환노출 여부를 확인하세요.",
    "월 적립식 투자는 시장 타이밍을 맞추려는 부담을 줄여 줍니다.",
    "리밸런싱은 1년에 한두 번, 목표 비중에서 5% 이상 벗어났을 때 하는 것이 일반적입니다.",
    "ETF는 운용 보수와 추적 오차를 함께 비교해야 실제 비용을 알 수 있습니다.",
    "손절 기준을 미리 정해 두지 않으면 감정에 따라 매도 시점을 놓치기 쉽습니다.",
    "요약하면, 측정하고, 한 가지만 바꾸고, 다시 측정하는 것이 가장 확실한 방법입니다.",
    "이 방식은 레코드 수에 비례해서 시간이 늘어나므로 지금 규모에서는 충분합니다.",
    "계약서에는 데이터의 소유권과 계약 종료 시 반환 방법이 명시되어 있어야 합니다.",
    "초보자라면 두 번째 방법이 유지보수하기 쉽고 설명하기도 편합니다.",
    "매주 20분 정도 진행 상황을 점검하면 이런 프로젝트는 대부분 일정대로 갑니다.",
    "함수는 키가 없을 때 null을 돌려주므로, 그 경우를 명시적으로 처리해야 합니다.",
    "이제 해결될 겁니다. 깨끗하게 다시 빌드한 뒤에도 경고가 남아 있으면 알려 주세요.",
    "작년과 비교해 물가가 약 4.5% 올랐고, 대부분은 에너지 비용 때문입니다.",
    "연금저축과 IRP를 함께 쓰면 연간 최대 900만 원까지 세액공제를 받을 수 있습니다.",
    "금리가 내려가는 구간에서는 장기 채권의 가격이 더 크게 오르는 경향이 있습니다.",
    "코드를 리팩터링할 때는 먼저 테스트를 작성해서 동작이 바뀌지 않았는지 확인하세요.",
};

inline constexpr sv kUserKorean[] = {
    "이거 좀 도와줄래?",
    "가장 좋은 방법이 뭐야?",
    "처음 배우는 사람한테 설명하듯이 알려줘.",
    "좀 더 짧게 해줘.",
    "왜 이런 오류가 나?",
    "대안 세 가지만 알려줘.",
    "더 싼 방법은 없어?",
    "좀 더 전문적인 말투로 다시 써줘.",
    "뭐부터 확인해야 해?",
    "체크리스트로 만들어 줘.",
    "시간은 대충 얼마나 걸려?",
    "두 방법을 비교해 줘.",
    "고마워! 하나만 더:",
    "안 되는데? 출력은 이래:",
    "지금 삼성전자 매수해도 괜찮을까?",
    "미국 주식 세금은 어떻게 계산해?",
    "이 코드 왜 안 돌아가?",
    "ㅇㅇ 그걸로 해줘",
    "네",
    "좋아요",
    "계속",
    "표로 정리해줘",
};

// Short lines that carry emoji, CJK and right-to-left text.
inline constexpr sv kInternational[] = {
    "¡Perfecto! 🎉 Quedó genial.",
    "Great job on the launch 🚀🔥 — the numbers look solid 📈.",
    "Gracias 🙏 ¿lo revisamos mañana a las 9? ☕",
    "Family trip checklist ✅ passports 🛂 chargers 🔌 snacks 🍪",
    "👨‍👩‍👧‍👦 Plan de fin de semana: parque 🌳, cine 🎬 y pizza 🍕.",
    "El café de especialidad ☕️ sabe mejor con agua filtrada 💧.",
    "日本語のテキストも正しく保存されるか確認してください。",
    "这是一个测试句子，用来检查中文字符的存储和搜索。",
    "한국어 문장도 함께 테스트합니다.",
    "مرحبا، هذا نص عربي لاختبار الكتابة من اليمين إلى اليسار.",
    "שלום, זהו טקסט בעברית לבדיקת כיווניות.",
    "Mixed direction: the word שלום means peace, and سلام too.",
    "Ελληνικά και кириллица: проверка кодировки.",
    "Math symbols: ∑ x² ≤ ∞, √2 ≈ 1.414, π ≈ 3.14159 ✓",
    "Zero-width joiner family 👩‍💻 and flags 🇪🇸 🇲🇽 🇦🇷",
};

inline constexpr sv kUserEnglish[] = {
    "Can you help me plan this?",
    "What's the best way to do this?",
    "Explain it like I'm new to the topic.",
    "Can you make it shorter?",
    "Why does this fail with an error?",
    "Give me three alternatives.",
    "Is there a cheaper option?",
    "Rewrite this to sound more professional.",
    "What should I check first?",
    "Can you turn this into a checklist?",
    "How long would that take, roughly?",
    "Compare the two approaches for me.",
    "Thanks! One more thing:",
    "That didn't work, here's the output:",
    "Write a short email to the team about it.",
    "Summarize the key points.",
};

inline constexpr sv kUserSpanish[] = {
    "¿Me ayudas a planificar esto?",
    "¿Cuál es la mejor forma de hacerlo?",
    "Explícamelo como si fuera nuevo en el tema.",
    "¿Puedes hacerlo más corto?",
    "¿Por qué falla con un error?",
    "Dame tres alternativas.",
    "¿Hay una opción más barata?",
    "Reescríbelo con un tono más profesional.",
    "¿Qué debería revisar primero?",
    "¿Lo conviertes en una lista de tareas?",
    "¿Cuánto tiempo llevaría, más o menos?",
    "Compara los dos enfoques.",
    "¡Gracias! Una cosa más:",
    "No funcionó, esta es la salida:",
    "Escribe un correo breve al equipo sobre esto.",
    "Resume los puntos clave.",
};

// Markdown building blocks for assistant answers.
inline constexpr sv kHeadings[] = {
    "## Summary\n\n",    "### Options\n\n",        "## Step by step\n\n", "### Resumen\n\n",
    "## Next steps\n\n", "### Próximos pasos\n\n", "**Key points:**\n\n",
};

inline constexpr sv kCode[] = {
    "```python\nimport json\n\nwith open(\"conversations.json\", encoding=\"utf-8\") as f:\n"
    "    data = json.load(f)\nprint(len(data), \"conversations\")\n```",
    "```bash\nfind . -name '*.json' -size +10M -print0 | xargs -0 ls -lh\n```",
    "```sql\nSELECT title, COUNT(*) AS n\nFROM messages m JOIN conversations c ON c.id = "
    "m.conversation_id\n"
    "GROUP BY c.id\nORDER BY n DESC\nLIMIT 10;\n```",
    "```js\nconst re = /\\d{4}-\\d{2}-\\d{2}/g;\nconsole.log(\"fechas:\", text.match(re));\n```",
    "```cpp\nfor (const auto& [key, value] : counts) {\n\tstd::printf(\"%s\\t%d\\n\", key.c_str(), "
    "value);\n}\n```",
    "```yaml\nservices:\n  db:\n    image: mariadb:11\n    environment:\n      "
    "MARIADB_ROOT_PASSWORD: \"${DB_PASS}\"\n```",
    "```python\nimport re\nPATTERN = "
    "re.compile(r\"\\\\(\\w+)\\\\\")\nprint(PATTERN.findall(r\"C:\\\\tmp\\\\x\"))\n```",
};

inline constexpr sv kPythonCode[] = {
    "import pandas as pd\ndf = "
    "pd.read_csv('/mnt/data/ventas.csv')\ndf.groupby('mes')['total'].sum()",
    "import math\nresult = sum(math.sqrt(i) for i in range(1, 1001))\nresult",
    "from datetime import datetime, timedelta\nstart = datetime(2025, 3, 1)\n[start + "
    "timedelta(weeks=i) for i in range(4)]",
    "import numpy as np\nx = np.linspace(0, 10, 50)\nnp.round(np.mean(np.sin(x)), 4)",
    "text = open('/mnt/data/notes.txt', encoding='utf-8').read()\nlen(text.split())",
};

inline constexpr sv kExecOutput[] = {
    "mes\nenero      1520.50\nfebrero    1875.25\nmarzo      2210.00\nName: total, dtype: float64",
    "21097.455887480734",
    "[datetime.datetime(2025, 3, 1, 0, 0),\n datetime.datetime(2025, 3, 8, 0, 0),\n"
    " datetime.datetime(2025, 3, 15, 0, 0),\n datetime.datetime(2025, 3, 22, 0, 0)]",
    "0.1683",
    "4821",
};

inline constexpr sv kToolErrors[] = {
    "Error: Traceback (most recent call last):\n  File \"<stdin>\", line 2\nFileNotFoundError: "
    "[Errno 2] No such file or directory: '/mnt/data/ventas.csv'",
    "Encountered exception: <class 'TimeoutError'>.",
    "The tool is temporarily unavailable. Please try again later.",
};

inline constexpr sv kThoughts[] = {
    "The user wants a concise plan. I should list the steps in order and flag the risky one.",
    "Checking the numbers: the total should match the sum of the monthly rows.",
    "El usuario escribe en español, así que respondo en español y con ejemplos concretos.",
    "There are two plausible readings of the question; I'll answer the more common one and mention "
    "the other.",
    "I need to search for recent sources before answering, since prices change often.",
};

struct Page {
  sv title;
  sv domain;
  sv url;
};
inline constexpr Page kPages[] = {
    {"Release notes", "docs.example.org", "https://docs.example.org/releases/latest"},
    {"Guía de configuración", "ayuda.ejemplo.es", "https://ayuda.ejemplo.es/guia/configuracion"},
    {"How to read a lease", "housing.example.com", "https://housing.example.com/guides/lease"},
    {"Receta de lentejas", "cocina.ejemplo.es",
     "https://cocina.ejemplo.es/recetas/lentejas?ref=chat&utm=1"},
    {"Marathon training basics", "run.example.net", "https://run.example.net/training/basics"},
    {"Tax brackets explained", "finance.example.com", "https://finance.example.com/tax/brackets"},
    {"Sleep hygiene", "health.example.org", "https://health.example.org/sleep"},
    {"Museo del Prado: horarios", "museos.ejemplo.es", "https://museos.ejemplo.es/prado/horarios"},
};

struct FileKind {
  sv name;
  sv mime;
};
inline constexpr FileKind kFiles[] = {
    {"ventas_2025.csv", "text/csv"},
    {"contrato alquiler.pdf", "application/pdf"},
    {"notes.txt", "text/plain"},
    {"Informe final (v2).docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"presupuesto_cocina.xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"main.py", "text/x-python"},
    {"résumé.pdf", "application/pdf"},
    {"datos.json", "application/json"},
};

// A ChatGPT Project's subject. Titles of its conversations reuse these words,
// so a "suggest a name from the titles" feature has something to find.
struct Topic {
  sv name;
  sv words[4];
  bool spanish;
};
inline constexpr Topic kProjectTopics[] = {
    {"Kitchen Remodel", {"kitchen", "cabinets", "countertop", "remodel"}, false},
    {"Marathon Training", {"marathon", "training", "long run", "pace"}, false},
    {"Tesis Doctoral", {"tesis", "capítulo", "bibliografía", "metodología"}, true},
    {"Home Server", {"home server", "backup", "NAS", "docker"}, false},
    {"Viaje a Japón", {"Japón", "Kioto", "itinerario", "JR pass"}, true},
    {"Startup Fundraising", {"pitch deck", "investors", "seed round", "valuation"}, false},
    {"Recetas Familiares", {"receta", "cocido", "paella", "postre"}, true},
    {"Kubernetes Migration", {"kubernetes", "helm", "cluster", "ingress"}, false},
    {"Learning Rust", {"rust", "borrow checker", "lifetimes", "cargo"}, false},
    {"Declaración de la Renta", {"renta", "deducciones", "IRPF", "Hacienda"}, true},
    {"Wedding Planning", {"wedding", "venue", "guest list", "catering"}, false},
    {"Novel Draft", {"novel", "chapter", "character", "plot"}, false},
    {"Huerto Urbano", {"huerto", "tomates", "compost", "riego"}, true},
    {"Data Pipeline", {"pipeline", "airflow", "ETL", "warehouse"}, false},
    {"Job Search", {"resume", "cover letter", "interview", "job offer"}, false},
    {"Mudanza a Madrid", {"mudanza", "alquiler", "barrio", "Madrid"}, true},
    {"Podcast Launch", {"podcast", "episode", "microphone", "guests"}, false},
    {"Personal Finance", {"budget", "savings", "index funds", "emergency fund"}, false},
    {"Oposiciones", {"oposiciones", "temario", "simulacro", "convocatoria"}, true},
    {"Mobile App", {"app", "onboarding", "push notifications", "App Store"}, false},
    {"Piano Practice", {"piano", "scales", "sonata", "metronome"}, false},
    {"Negocio de Café", {"cafetería", "proveedores", "carta", "licencia"}, true},
    {"Thesis Statistics", {"regression", "p-value", "dataset", "R script"}, false},
    {"Dog Training", {"puppy", "leash", "recall", "crate"}, false},
    {"Clases de Inglés", {"inglés", "gramática", "vocabulario", "examen B2"}, true},
    {"Solar Panels", {"solar", "inverter", "battery", "kWh"}, false},
    {"Board Game Design", {"board game", "playtest", "cards", "rules"}, false},
    {"Boda de Lucía", {"boda", "invitados", "menú", "vestido"}, true},
    {"Home Lab Networking", {"VLAN", "router", "firewall", "Wi-Fi"}, false},
    {"Grant Proposal", {"grant", "proposal", "budget justification", "reviewers"}, false},
    {"Salud y Nutrición", {"dieta", "proteínas", "analítica", "nutricionista"}, true},
    {"Photography", {"camera", "lens", "exposure", "lightroom"}, false},
    {"Legacy PHP Rewrite", {"PHP", "laravel", "rewrite", "tests"}, false},
    {"Reforma del Baño", {"baño", "azulejos", "fontanero", "plato de ducha"}, true},
    {"Newsletter", {"newsletter", "subscribers", "open rate", "issue"}, false},
    {"Chess Improvement", {"chess", "openings", "endgames", "tactics"}, false},
    {"Empresa Familiar", {"facturas", "nóminas", "gestoría", "autónomos"}, true},
    {"Climbing", {"climbing", "bouldering", "fingerboard", "grades"}, false},
    {"Machine Learning Course",
     {"neural network", "gradient descent", "overfitting", "PyTorch"},
     false},
    {"Viaje por Argentina", {"Patagonia", "Buenos Aires", "Mendoza", "vuelos"}, true},
};

// Custom GPTs. 50 GPT ids are spread over these subjects.
inline constexpr Topic kGptTopics[] = {
    {"Code Copilot", {"bug", "refactor", "unit tests", "API"}, false},
    {"Traductor", {"traducción", "inglés", "francés", "estilo"}, true},
    {"Research Assistant", {"papers", "literature review", "citations", "summary"}, false},
    {"Math Tutor", {"equation", "integral", "probability", "proof"}, false},
    {"Logo Creator", {"logo", "brand", "colors", "font"}, false},
    {"Asistente Legal", {"contrato", "cláusula", "reclamación", "plazo"}, true},
    {"Fitness Coach", {"workout", "squats", "mobility", "protein"}, false},
    {"Travel Guide", {"itinerary", "hotel", "museum", "day trip"}, false},
    {"Writing Coach", {"essay", "tone", "outline", "feedback"}, false},
    {"Chef Virtual", {"menú", "ingredientes", "horno", "receta rápida"}, true},
};

// Subjects of conversations outside any project or GPT.
inline constexpr sv kPlainSubjects[] = {
    "Python script",      "Email to landlord",   "Birthday ideas",     "SQL query",
    "Excel formula",      "Regex help",          "Recipe swap",        "Sleep schedule",
    "Car insurance",      "Git rebase",          "Cover letter",       "Tax question",
    "Plant care",         "Linux permissions",   "Trip budget",        "Resumen del libro",
    "Correo al cliente",  "Duda de gramática",   "Plan de estudio",    "Factura rectificativa",
    "Ideas de regalo",    "Horario semanal",     "Traducción rápida",  "Docker compose",
    "Bash loop",          "JSON parsing",        "Meeting notes",      "Poem for mom",
    "Physics homework",   "History essay",       "Unit conversion",    "Wi-Fi issue",
    "Cita con el médico", "Reunión del viernes", "Lista de la compra", "Presupuesto reforma",
};

inline constexpr sv kTitleSuffixEn[] = {
    "plan",    "questions", "checklist", "cost estimate", "next steps", "ideas", "troubleshooting",
    "summary", "timeline",  "options",   "review",        "draft",
};
inline constexpr sv kTitleSuffixEs[] = {
    "plan",       "dudas",    "lista",    "presupuesto", "ideas", "resumen",
    "calendario", "opciones", "revisión", "borrador",    "pasos", "consulta",
};

inline constexpr sv kLegacyModels[] = {
    "text-davinci-002-render-sha", "gpt-4", "gpt-4o", "gpt-4o", "gpt-4o-mini", "gpt-4-gizmo"};
inline constexpr sv kModernModels[] = {"gpt-4o", "gpt-4-5",        "o3",      "o4-mini",
                                       "gpt-5",  "gpt-5-thinking", "gpt-5-1", "gpt-5-instant"};

inline bool is_reasoning_model(sv slug) {
  return slug == "o3" || slug == "o4-mini" || slug == "gpt-5-thinking" || slug == "gpt-5";
}

}  // namespace gen::corpus
