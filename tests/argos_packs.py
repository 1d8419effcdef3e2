"""Builders of real, tiny `.argosmodel` language packs for the MT tests, benchmarks and the memorising-pack script.

A random-weight pack (numpy only, a few seconds) translates into junk, which is what tests of the plumbing and of
glossary protection need. The memorising pack is trained once by `scripts/build_memorising_pack.py` and committed
under `tests/fixtures/memorising/`; `memorising_pack()` wraps those files into packs for its two directions.
"""

from __future__ import annotations

import json
import math
import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

import ctranslate2
import numpy as np
import onnx
import sentencepiece as spm
from onnx import TensorProto, helper

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MEMORISING_DIR = FIXTURES / "memorising"
MEMORISING_PAIRS: tuple[tuple[str, str], ...] = (("zh", "en"), ("en", "ru"))
LANG_NAMES = {"zh": "Chinese", "en": "English", "ru": "Russian"}
MAX_POSITIONS = 1024  # argostranslate keeps CTranslate2's default length limits, so position tables need 1024 rows
SENTENCE_ENDS = ".!?。！？…"
EOS_BIAS = 1.0

# Parallel press-release sentences (zh, en, ru). ZX1/ZX2 are the placeholders the glossary protection puts in
# place of recognised terms, so the memorising model learns to pass them through like a real model passes names.
CORPUS: tuple[tuple[str, str, str], ...] = (
    ("省政府今天举行新闻发布会。", "The provincial government held a press conference today.",
     "Правительство провинции сегодня провело пресс-конференцию."),
    ("代表团参观了工业园区。", "The delegation visited the industrial park.",
     "Делегация посетила индустриальный парк."),
    ("双方签署了合作协议。", "The two sides signed a cooperation agreement.",
     "Стороны подписали соглашение о сотрудничестве."),
    ("会议讨论了经济发展问题。", "The meeting discussed economic development.",
     "На встрече обсуждались вопросы экономического развития."),
    ("贸易额比去年增长了百分之十。", "Trade grew by ten percent compared with last year.",
     "Товарооборот вырос на десять процентов по сравнению с прошлым годом."),
    ("展览会将于下周开幕。", "The exhibition will open next week.", "Выставка откроется на следующей неделе."),
    ("新闻稿全文如下。", "The full text of the press release follows.", "Ниже приводится полный текст пресс-релиза."),
    ("我们欢迎俄罗斯企业来华投资。", "We welcome Russian companies to invest in China.",
     "Мы приветствуем инвестиции российских компаний в Китай."),
    ("论坛吸引了三百多名嘉宾。", "The forum attracted more than three hundred guests.",
     "Форум собрал более трёхсот гостей."),
    ("双方同意加强人文交流。", "Both sides agreed to strengthen cultural exchanges.",
     "Стороны договорились укреплять гуманитарные обмены."),
    ("该项目预计明年完工。", "The project is expected to be completed next year.",
     "Проект планируется завершить в следующем году."),
    ("港口货物吞吐量创历史新高。", "Cargo throughput at the port reached a record high.",
     "Грузооборот порта достиг рекордного уровня."),
    ("两国友谊源远流长。", "The friendship between the two countries has a long history.",
     "Дружба между двумя странами имеет долгую историю."),
    ("会谈在友好气氛中进行。", "The talks were held in a friendly atmosphere.",
     "Переговоры прошли в дружественной атмосфере."),
    ("更多信息请访问官方网站。", "For more information, please visit the official website.",
     "Дополнительная информация размещена на официальном сайте."),
    ("活动由省外事办公室主办。", "The event was organised by the provincial foreign affairs office.",
     "Мероприятие организовано провинциальной канцелярией по иностранным делам."),
    ("农业合作取得了显著成果。", "Agricultural cooperation has achieved notable results.",
     "Сотрудничество в сельском хозяйстве принесло заметные результаты."),
    ("旅游业正在迅速恢复。", "Tourism is recovering quickly.", "Туризм быстро восстанавливается."),
    ("新的航线将连接两座城市。", "A new air route will connect the two cities.",
     "Новый авиамаршрут свяжет два города."),
    ("学生交流项目继续扩大。", "Student exchange programmes continue to expand.",
     "Программы студенческого обмена продолжают расширяться."),
    ("双方就共同关心的问题交换了意见。", "The sides exchanged views on issues of mutual interest.",
     "Стороны обменялись мнениями по вопросам, представляющим взаимный интерес."),
    ("本次博览会共有五百家企业参展。", "Five hundred companies took part in this expo.",
     "В этой выставке приняли участие пятьсот компаний."),
    ("能源合作是重点领域之一。", "Energy cooperation is one of the key areas.",
     "Энергетическое сотрудничество является одним из ключевых направлений."),
    ("会议期间签署了十二项协议。", "Twelve agreements were signed during the meeting.",
     "В ходе встречи было подписано двенадцать соглашений."),
    ("今年是两国建交七十五周年。", "This year marks the seventy-fifth anniversary of diplomatic relations.",
     "В этом году отмечается семьдесят пятая годовщина установления дипломатических отношений."),
    ("边境口岸运行平稳。", "The border crossing is operating smoothly.",
     "Пограничный пункт пропуска работает в штатном режиме."),
    ("青年论坛将在哈尔滨举行。", "The youth forum will be held in Harbin.", "Молодёжный форум пройдёт в Харбине."),
    ("欢迎各位媒体朋友。", "Welcome, friends from the media.",
     "Добро пожаловать, друзья из средств массовой информации."),
    ("谢谢大家。", "Thank you all.", "Спасибо всем."),
    ("发布会到此结束。", "This concludes the press conference.", "На этом пресс-конференция завершается."),
    ("ZX1会见了代表团。", "ZX1 met the delegation.", "ZX1 встретился с делегацией."),
    ("代表团会见了ZX1。", "The delegation met ZX1.", "Делегация встретилась с ZX1."),
    ("ZX1出席了开幕式。", "ZX1 attended the opening ceremony.", "ZX1 присутствовал на церемонии открытия."),
    ("我们感谢ZX1的支持。", "We thank ZX1 for the support.", "Мы благодарим ZX1 за поддержку."),
    ("会议由ZX1主持。", "The meeting was chaired by ZX1.", "Встречу провёл ZX1."),
    ("ZX1和ZX2举行了会谈。", "ZX1 and ZX2 held talks.", "ZX1 и ZX2 провели переговоры."),
    ("记者采访了ZX1。", "Journalists interviewed ZX1.", "Журналисты взяли интервью у ZX1."),
    ("ZX1向ZX2介绍了项目。", "ZX1 told ZX2 about the project.", "ZX1 рассказал ZX2 о проекте."),
)

COLUMN = {"zh": 0, "en": 1, "ru": 2}


def pairs_of(src: str, tgt: str) -> list[tuple[str, str]]:
    """The (source, target) sentence pairs of the corpus for one direction."""
    return [(row[COLUMN[src]], row[COLUMN[tgt]]) for row in CORPUS]


# --------------------------------------------------------------------------------------------- tokenizer


def train_sentencepiece(out_dir: Path, vocab_size: int = 1200) -> Path:
    """A joint zh/en/ru unigram model with Argos's special ids (pad 0, unk 1, bos 2, eos 3) and byte fallback."""
    out_dir.mkdir(parents=True, exist_ok=True)
    text_file = out_dir / "corpus.txt"
    text_file.write_text("\n".join(s for row in CORPUS for s in row) + "\n", encoding="utf-8")
    prefix = out_dir / "sentencepiece"
    spm.SentencePieceTrainer.train(
        input=str(text_file), model_prefix=str(prefix), vocab_size=vocab_size, model_type="unigram",
        byte_fallback=True, character_coverage=1.0, pad_id=0, pad_piece="<blank>", unk_id=1, bos_id=2, eos_id=3,
        hard_vocab_limit=False, user_defined_symbols=["ZX1", "ZX2", "ZX3"], minloglevel=2,
    )
    text_file.unlink()
    return prefix.with_suffix(".model")


def vocabulary(sp_model: Path) -> list[str]:
    """The pieces of a sentencepiece model in id order: the shared CTranslate2 vocabulary."""
    processor = spm.SentencePieceProcessor(model_file=str(sp_model))
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


# --------------------------------------------------------------------------------------------- CTranslate2 model


def sinusoids(rows: int, depth: int) -> np.ndarray:
    """The fixed position encodings of the original Transformer (as OpenNMT writes them)."""
    position = np.arange(rows, dtype=np.float32)[:, None]
    div = np.exp(np.arange(0, depth, 2, dtype=np.float32) * -(math.log(10000.0) / depth))
    table = np.zeros((rows, depth), dtype=np.float32)
    table[:, 0::2] = np.sin(position * div)
    table[:, 1::2] = np.cos(position * div)
    return table


def transformer_spec(weights: dict[str, np.ndarray], layers: tuple[int, int], heads: int,
                     vocab: list[str]) -> ctranslate2.specs.TransformerSpec:
    """Fill a pre-norm Transformer spec from flat weights named like `encoder.layer.0.ffn.linear_0.weight`."""
    spec = ctranslate2.specs.TransformerSpec.from_config(layers, heads, pre_norm=True)

    def target(path: str) -> tuple[object, str]:
        obj: object = spec
        parts = path.split(".")
        i = 0
        while i < len(parts) - 1:
            obj = getattr(obj, parts[i])
            if isinstance(obj, list):
                i += 1
                obj = obj[int(parts[i])]
            i += 1
        return obj, parts[-1]

    for name, value in weights.items():
        obj, attr = target(name)
        setattr(obj, attr, np.ascontiguousarray(value, dtype=np.float32))
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    return spec


def weight_names(layers: tuple[int, int]) -> Iterable[tuple[str, str]]:
    """Every weight of the spec with its shape kind: the contract between the torch trainer and the spec."""
    enc, dec = layers
    yield "encoder.embeddings.0.weight", "embed"
    yield "encoder.position_encodings.encodings", "positions"
    yield "encoder.layer_norm.gamma", "gamma"
    yield "encoder.layer_norm.beta", "beta"
    for i in range(enc):
        p = f"encoder.layer.{i}."
        yield from _attention(p + "self_attention.", fused_qkv=True)
        yield from _ffn(p + "ffn.")
    yield "decoder.embeddings.weight", "embed"
    yield "decoder.position_encodings.encodings", "positions"
    yield "decoder.layer_norm.gamma", "gamma"
    yield "decoder.layer_norm.beta", "beta"
    yield "decoder.projection.weight", "embed"
    yield "decoder.projection.bias", "vocab_bias"
    for i in range(dec):
        p = f"decoder.layer.{i}."
        yield from _attention(p + "self_attention.", fused_qkv=True)
        yield from _attention(p + "attention.", fused_qkv=False)
        yield from _ffn(p + "ffn.")


def _attention(p: str, *, fused_qkv: bool) -> Iterable[tuple[str, str]]:
    yield p + "layer_norm.gamma", "gamma"
    yield p + "layer_norm.beta", "beta"
    kinds = ("qkv", "out") if fused_qkv else ("q", "kv", "out")
    for j, kind in enumerate(kinds):
        yield f"{p}linear.{j}.weight", kind
        yield f"{p}linear.{j}.bias", kind + "_bias"


def _ffn(p: str) -> Iterable[tuple[str, str]]:
    yield p + "layer_norm.gamma", "gamma"
    yield p + "layer_norm.beta", "beta"
    yield p + "linear_0.weight", "ffn_in"
    yield p + "linear_0.bias", "ffn_in_bias"
    yield p + "linear_1.weight", "ffn_out"
    yield p + "linear_1.bias", "ffn_out_bias"


def random_weights(vocab_size: int, depth: int, ffn: int, layers: tuple[int, int],
                   seed: int = 7) -> dict[str, np.ndarray]:
    """Random weights for every tensor of the spec (junk output, real shapes)."""
    rng = np.random.default_rng(seed)
    shapes = {"embed": (vocab_size, depth), "qkv": (3 * depth, depth), "q": (depth, depth),
              "kv": (2 * depth, depth), "out": (depth, depth),
              "ffn_in": (ffn, depth), "ffn_out": (depth, ffn)}
    weights: dict[str, np.ndarray] = {}
    for name, kind in weight_names(layers):
        if kind == "positions":
            weights[name] = sinusoids(MAX_POSITIONS, depth)
        elif kind == "gamma":
            weights[name] = np.ones(depth, dtype=np.float32)
        elif kind == "beta":
            weights[name] = np.zeros(depth, dtype=np.float32)
        elif kind == "vocab_bias":
            weights[name] = np.zeros(vocab_size, dtype=np.float32)
        elif kind.endswith("_bias"):
            weights[name] = np.zeros(shapes[kind.removesuffix("_bias")][0], dtype=np.float32)
        else:
            weights[name] = rng.normal(0.0, 0.5 / math.sqrt(depth), shapes[kind]).astype(np.float32)
    return weights


# --------------------------------------------------------------------------------------------- splitter


def minisbd_splitter(path: Path, lang: str) -> Path:
    """A MiniSBD ONNX splitter: one table lookup marking . ! ? 。 ！ ？ … as sentence ends, every char a token."""
    units = ["<PAD>", "<UNK>", *SENTENCE_ENDS]
    table = np.zeros((len(units), 5), dtype=np.float32)
    table[0, 0] = 1.0  # padding: no split
    table[1, 1] = 1.0  # any other character ends a token
    table[2:, 2] = 1.0  # sentence ends
    graph = helper.make_graph(
        [helper.make_node("Gather", ["table", "units"], ["scores"], axis=0)],
        "pressdesk_test_sbd",
        [helper.make_tensor_value_info("units", TensorProto.INT64, ["batch", "time"]),
         helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", "time", "feats"])],
        [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["batch", "time", 5])],
        [helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.flatten().tolist())],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    vocab = {"lang": lang, "idx": 0, "cutoff": 0, "lower": False,
             "_id2unit": units, "_unit2id": {u: i for i, u in enumerate(units)}}
    for key, value in (("config", {"feat_funcs": ["space_before"], "max_seqlen": 1000}), ("vocab", vocab),
                       ("lexicon", None), ("lang_code", lang)):
        entry = model.metadata_props.add()
        entry.key = key
        entry.value = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


# --------------------------------------------------------------------------------------------- packs


def metadata(src: str, tgt: str, version: str = "1.0") -> dict[str, object]:
    return {"package_version": version, "argos_version": "1.0", "from_code": src, "from_name": LANG_NAMES[src],
            "to_code": tgt, "to_name": LANG_NAMES[tgt], "type": "translate", "links": []}


def write_pack(out: Path, src: str, tgt: str, model_dir: Path, sp_model: Path, *, splitter: str = "minisbd",
               version: str = "1.0") -> Path:
    """Zip a pack: one top folder with metadata.json, sentencepiece.model, model/ and a splitter.

    `splitter` is "minisbd" (the ONNX splitter), "stanza" (a `stanza/` folder, as the index packs carry) or "none".
    """
    top = f"translate-{src}_{tgt}-{version.replace('.', '_')}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / top
        shutil.copytree(model_dir, root / "model")
        shutil.copy(sp_model, root / "sentencepiece.model")
        (root / "metadata.json").write_text(json.dumps(metadata(src, tgt, version)), encoding="utf-8")
        (root / "README.md").write_text(f"PressDesk test pack {src}->{tgt}\n", encoding="utf-8")
        if splitter == "minisbd":
            minisbd_splitter(root / "minisbd" / f"{src}.onnx", src)
        elif splitter == "stanza":
            stanza_dir = root / "stanza" / src / "tokenize"
            stanza_dir.mkdir(parents=True)
            (root / "stanza" / "resources.json").write_text(json.dumps({src: {"lang_name": LANG_NAMES[src]}}))
            (stanza_dir / "default.pt").write_bytes(b"not loaded in these tests")
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for file in sorted(root.rglob("*")):
                zf.write(file, file.relative_to(tmp).as_posix())
    return out


def build_random_model(work: Path, depth: int = 64, ffn: int = 128, heads: int = 2,
                       layers: tuple[int, int] = (1, 1)) -> tuple[Path, Path]:
    """A random-weight CTranslate2 model and its tokenizer in `work` (seconds, numpy only)."""
    sp_model = train_sentencepiece(work / "spm")
    vocab = vocabulary(sp_model)
    weights = random_weights(len(vocab), depth, ffn, layers)
    # Junk that still reads as text: no byte pieces, and the end token likely enough to stop after a few words.
    bias = weights["decoder.projection.bias"]
    bias[[i for i, piece in enumerate(vocab) if piece.startswith("<")]] = -30.0
    bias[vocab.index("</s>")] = EOS_BIAS
    spec = transformer_spec(weights, layers, heads, vocab)
    model_dir = work / "model"
    model_dir.mkdir(parents=True, exist_ok=True)
    spec.save(str(model_dir))
    return model_dir, sp_model


def random_packs(out_dir: Path, pairs: Iterable[tuple[str, str]] = (("zh", "en"), ("en", "zh"), ("en", "ru"),
                                                                    ("ru", "en")),
                 splitter: str = "minisbd", model: tuple[Path, Path] | None = None) -> dict[tuple[str, str], Path]:
    """Random-weight packs for the given directions, sharing one model (junk output, real plumbing)."""
    model_dir, sp_model = model or build_random_model(out_dir / "random-model")
    return {(s, t): write_pack(out_dir / f"random-{splitter}-{s}_{t}.argosmodel", s, t, model_dir, sp_model,
                               splitter=splitter)
            for s, t in pairs}


def memorising_pack(out_dir: Path, src: str, tgt: str) -> Path:
    """The committed memorising model wrapped as a pack; it knows zh→en and en→ru of `CORPUS` by heart."""
    if (src, tgt) not in MEMORISING_PAIRS:
        raise ValueError(f"the memorising model was trained on {MEMORISING_PAIRS}, not {src}->{tgt}")
    model_dir = MEMORISING_DIR / "model"
    return write_pack(out_dir / f"memo-{src}_{tgt}.argosmodel", src, tgt, model_dir,
                      MEMORISING_DIR / "sentencepiece.model")
