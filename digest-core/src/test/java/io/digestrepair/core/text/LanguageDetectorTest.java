package io.digestrepair.core.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.shared();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh | ByteLoom：基于DiT的HOI视频生成框架，通过RCM-cache机制保持物体几何一致性，简化手部网格需求
            zh | GazeFollow AUC=0.961, VideoAttentionTarget AUC=0.948, ChildPlay AUC=0.987, GOO-Real AUC=0.977；参数量仅7.1M。
            zh | 在视觉定位和机器人控制等多种任务及MLLM、VLA、WAM等架构上，DRIFT consistently outperforms a strong set of regression- and generative-based solutions.
            zh | 在OmniGen2和FLUX.2-klein-4B上，SpatialFlow-GRPO在GEdit-Bench、ImgEdit-Bench和MultiEditBench上均优于Flow-GRPO。
            zh | Subtask-A Macro-F1 0.737（第6/81名），Subtask-B Macro-F1 0.422（第7/34名）。
            zh | 显式利用结构上下文是改进EA基础模型的有效方向。
            en | We evaluate on the Chinese medical QA dataset 中文医疗问答 (cMedQA) and report accuracy.
            en | Results on the 悟道 corpus show that scaling helps.
            en | LLMs can generate QNP abstractions for GP problems, and automated debugging helps fix abstraction errors.
            en | a clear mental map of Vision-Language Models
            en | Sub-Semantic Image Segmentation
            en | Text-to-SQL maps natural language questions to executable SQL queries.
            en | Tabular data is a fundamental form of data structure.
            en | Objective.
            en | Agent-as-a-Judge
            en | We extend Schrödinger bridges to discrete state spaces with provable guarantees.
            en | Nous requires no external vector database or graph engine.
            fr | Nous proposons un cadre pour la segmentation des images.
            ja | 本研究では、大規模言語モデルを用いた新しい画像生成手法を提案する。
            ja | GPT-4oとLLaMAを比較し、提案手法の有効性を示した。
            ko | 본 논문은 대규모 언어 모델을 활용한 새로운 이미지 생성 방법을 제안한다.
            ko | GPT-4o와 LLaMA를 비교하여 제안 방법의 효과를 보였다.
            fr | Nous proposons une nouvelle méthode pour la segmentation d'images médicales.
            fr | Les résultats montrent que le modèle surpasse les approches existantes sur trois jeux de données.
            de | Die Ergebnisse zeigen, dass das Modell bestehende Ansätze deutlich übertrifft.
            de | Das vorgeschlagene Framework halbiert den Rechenaufwand.
            es | Proponemos un nuevo método para la segmentación de imágenes médicas.
            es | El marco propuesto reduce el costo computacional a la mitad.
            pt | Propomos um novo método para a segmentação de imagens médicas.
            pt | Os resultados mostram que o modelo supera as abordagens existentes.
            vi | Chúng tôi đề xuất một phương pháp mới để phân đoạn hình ảnh y tế.
            vi | Kết quả cho thấy mô hình vượt trội so với các phương pháp hiện có.
            it | I risultati mostrano che il modello supera gli approcci esistenti.
            nl | De resultaten laten zien dat het model bestaande methoden overtreft.
            id | Hasil menunjukkan bahwa model ini mengungguli pendekatan yang ada.
            ru | Мы предлагаем новый метод сегментации медицинских изображений.
            """)
    void detects(String expected, String text) {
        assertEquals(expected, detector.detect(text), text);
    }

    @Test
    void aHugeFieldIsJudgedOnItsBeginning() {
        String english = "The method improves accuracy on three benchmarks. ".repeat(200_000);
        assertEquals("en", detector.detect(english));
        assertEquals("zh", detector.detect("本文提出了一种新的方法。".repeat(500_000)));
    }

    @Test
    void sentencesThatReadAsAnotherLanguageWithoutLingua() {
        // the offline engine's cheap test of an abstract's sentences (no language model in its jar)
        assertEquals(true, SentenceFrames.readsAsOtherLanguage(
                "Técnicas recientes de \"Contextualized Chunking\" inyectan resúmenes para mejorar el contexto en RAG."));
        assertEquals(true, SentenceFrames.readsAsOtherLanguage("本文提出了一种基于GPT-4的新方法。"));
        assertEquals(false, SentenceFrames.readsAsOtherLanguage(
                "Recent \"Contextualized Chunking\" techniques inject summaries to improve RAG context."));
        assertEquals(false, SentenceFrames.readsAsOtherLanguage("We evaluate on the de-en and en-de directions."));
        assertEquals(false, SentenceFrames.readsAsOtherLanguage("Nous requires no external vector database or graph engine."));
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertEquals("und", detector.detect("42.7% / 0.93 (±0.01)"));
        assertEquals("und", detector.detect(""));
    }
}
