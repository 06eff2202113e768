"""Labelled answers for the questions added to grow the bank (issue 13 item 2).

Three per question, written before any of them was scored and kept as written:

- ``strong``: what a hired candidate says: every stage, specifics, a number.
- ``gap``: a good answer with one important idea left out (``missing`` names it).
- ``weak``: vague, short, or built on a misunderstanding.

tests/test_bank_answers_more.py checks that the real scorer ranks them strong > gap > weak.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labelled:
    question: str
    label: str  # "strong", "gap" or "weak"
    text: str
    missing: str = ""  # for "gap": the concept the answer leaves out


def L(question: str, label: str, text: str, missing: str = "") -> Labelled:
    return Labelled(question, label, " ".join(text.split()), missing)


ANSWERS = [
    # ------------------------------------------------------------------ serve-100-models
    L("serve-100-models", "strong", """
        First I'd ask how the traffic is spread: usually ten models take ninety percent of requests and the
        rest are a long tail, and I'd check whether the fifty milliseconds is end to end and which models are
        business critical. Architecture: a gateway routes each request to the right model and version. The
        hot models get their own replicas, the long tail is packed onto multi-model Triton servers and loaded
        on demand, so we run maybe fifteen machines instead of a hundred deployments. For the budget I'd give
        ten milliseconds to feature lookup, thirty to inference and the rest to network, and trace every
        request to see which step eats the tail. Dynamic batching with a two millisecond window and quantized
        models keep inference fast. Each model group autoscales on its own queue depth, critical models sit in
        a separate pool so a noisy neighbour can't hurt them, and every model has a p99 dashboard and alerts.
        We load test at twice the peak before launch. In my last platform this kept p99 at 38 milliseconds."""),
    L("serve-100-models", "gap", """
        I'd start with the requirements: requests per second per model and which ones are critical, and
        whether fifty milliseconds is end to end. A gateway in front routes requests to the right model. We
        pack the small models onto shared multi-model servers with KServe ModelMesh and load rarely used ones
        on demand. Each group of models autoscales on its own load and the critical ones live in a separate
        pool, so one spike can't take down everything. We'd use dynamic batching and quantization to make
        inference cheap, and dashboards with p99 alerts per model, plus load tests before launch.""",
      missing="latency-budget"),
    L("serve-100-models", "weak", """
        I would put each model in its own Docker container and deploy all hundred of them on Kubernetes.
        If latency is too high we add more pods. Kubernetes handles the scaling, so it should be fine."""),
    # ------------------------------------------------------------------ training-platform
    L("training-platform", "strong", """
        I'd begin by interviewing the thirty data scientists: what they run today, from notebooks to week-long
        jobs, and where they lose time waiting. Compute is a shared Kubernetes cluster with Kueue: jobs go
        through a queue with a GPU quota per team, unused quota can be borrowed, and low-priority experiments
        are preempted when a production retrain needs the GPUs. Every job checkpoints every fifteen minutes,
        which also lets us run most training on spot instances. For the workflow, a data scientist launches a
        run with one command from a template, on base images with the drivers pinned, no YAML and no tickets.
        Every run logs its parameters, data version and metrics to MLflow, and the best one is registered for
        deployment. Each team sees its GPU hours and cost per project every week, and we measure adoption and
        time to first run, with office hours for support. Utilization went from thirty to seventy percent."""),
    L("training-platform", "gap", """
        I'd talk to the data scientists first about their workloads and pain points. The cluster would be
        Kubernetes with a job queue, a quota per team and priorities, with preemption for urgent runs and
        checkpointing so preempted jobs resume. People submit jobs from templates with standard base images,
        so it's self-service. Teams see their GPU hours and costs on a dashboard and we'd track adoption
        through onboarding and office hours. That got utilization from about thirty to sixty percent.""",
      missing="tracking-registry"),
    L("training-platform", "weak", """
        We would buy a few big GPU servers and give everybody SSH access. People can coordinate in Slack about
        who uses which GPU. If it gets too busy we buy more servers."""),
    # ------------------------------------------------------------------ llm-rollout
    L("llm-rollout", "strong", """
        Before anyone outside sees it, we build a golden set of three hundred real questions with what a good
        answer looks like and score every prompt change against it with a rubric and an LLM judge, plus a week
        of red-teaming for harmful output and prompt injection. The model version is pinned and prompts are
        versioned in git. The rollout sits behind a LaunchDarkly feature flag: employees first, then one
        percent of users, then ten, widening only while the metrics hold. Guardrails screen inputs for
        injection and personal data and a moderation check runs on outputs. There's a kill switch that falls
        back to the old search, and per-user rate limits cap cost. In production we track thumbs-down rate,
        cost per conversation and time to first token in Langfuse, and review a sample of conversations every
        week. Our last launch went to a hundred percent in three weeks with no safety incident."""),
    L("llm-rollout", "gap", """
        We'd evaluate offline first on a golden set with a rubric and red-team it for prompt injection and
        harmful content. Then a staged rollout behind a feature flag: internal users, then one percent, then
        ten percent. Inputs and outputs go through guardrails that filter personal data and toxic content.
        In production we'd watch the thumbs-down rate, latency and cost per request, and review a sample of
        conversations every week.""",
      missing="kill-switch"),
    L("llm-rollout", "weak", """
        We tested it a lot in the playground and it gives really good answers, so we would release it to
        everyone and collect feedback. GPT-4 is very reliable, so I don't expect big problems."""),
    # ------------------------------------------------------------------ realtime-recsys
    L("realtime-recsys", "strong", """
        First I'd clarify what we optimise for, ideally seven-day retention rather than raw clicks, and the
        scale: say ten million users, two million items and five thousand requests per second within a
        hundred milliseconds. The system is a funnel. Candidate generation uses a two-tower model and an
        approximate nearest-neighbour index in FAISS to pull five hundred candidates in a few milliseconds,
        mixed with trending items. A LightGBM ranker scores them with user, item and context features, then
        a re-ranking step applies diversity and business rules. Long-term features are computed nightly,
        and the last clicks come through Kafka and Flink into the online store within seconds. We log every
        impression with its features and clicks and retrain the ranker daily. New rankers must win an A/B
        test on retention, and new users get popular items until we learn from them. That design lifted
        retention by three percent."""),
    L("realtime-recsys", "gap", """
        I'd ask about the objective and the scale first: users, items, requests per second. Then a two-stage
        funnel: retrieval with embeddings and a nearest-neighbour index brings a few hundred candidates, and
        a ranking model scores them with user and item features, followed by a diversity re-rank. Features
        come from a feature store, with recent clicks streamed through Kafka so the feed reacts quickly. New
        models are judged with an A/B test on engagement, and cold-start users get popular items.""",
      missing="feedback-loop"),
    L("realtime-recsys", "weak", """
        I would train a deep learning model on all the user data and use it to predict which items the user
        likes. Then we sort all items by the score and show the top ones. We can check the accuracy on a test
        set to make sure it works."""),
    # ------------------------------------------------------------------ fraud-detection
    L("fraud-detection", "strong", """
        I'd start with what each error costs: a false decline loses the sale and maybe the customer, a missed
        fraud costs the chargeback, and that balance sets the threshold. The payment service calls our
        scoring API synchronously with a hundred and fifty millisecond timeout, and if the model is slow it
        falls back to the rules engine, which analysts can also update the same day for a new attack. Velocity
        features, like transactions on the card in the last five minutes, are computed by Flink from Kafka
        into Redis. Fraud is one in a thousand payments, so we judge XGBoost by precision and recall, not
        accuracy, and reweight the classes. Chargebacks take up to sixty days, so we train only on matured
        labels and use analyst reviews as early labels. Fraudsters adapt, so we watch the score distribution
        for drift, retrain weekly and run each new model in shadow for two weeks. We cut fraud losses by
        thirty percent at the same decline rate."""),
    L("fraud-detection", "gap", """
        First the cost of false positives versus false negatives, which decides the threshold. Scoring
        happens in the payment path with a timeout and a fallback to rules if the model doesn't answer. We
        compute velocity features like the number of transactions in the last ten minutes from a Kafka
        stream. The data is heavily imbalanced, so we use precision and recall instead of accuracy. We monitor
        the score distribution for drift, retrain often because fraudsters adapt, and shadow new models before
        they make decisions.""",
      missing="delayed-labels"),
    L("fraud-detection", "weak", """
        I'd train a classifier on past transactions labelled as fraud or not and deploy it. Our model would
        reach ninety-nine percent accuracy, which is excellent. Then we retrain it when needed."""),
    # ------------------------------------------------------------------ retraining-pipeline
    L("retraining-pipeline", "strong", """
        Retraining starts on a weekly schedule, earlier when the drift alert from Evidently fires, and the
        reason is logged with the run. The pipeline is an Airflow DAG: it takes a versioned snapshot of the
        data, validates the schema and distributions with Great Expectations, trains with parameters tracked
        in MLflow and registers the candidate. The candidate has to beat the current production model on the
        same holdout set and must not get worse on key segments like new customers; if any gate fails or
        can't run, the old model stays and we get an alert. Promotion is gradual: shadow for a day, then five
        percent of traffic with automatic rollback, and for the credit model a person approves it. This cut
        the time from new data to a live model from three weeks to two days."""),
    L("retraining-pipeline", "gap", """
        A retrain is triggered weekly or by a drift alert. The Kubeflow pipeline pulls a versioned data
        snapshot, validates it, trains and registers the model in MLflow. Before anything ships the new model
        is compared against the production model on the same holdout set and on important segments, and if a
        gate fails the current model stays. Every run is tracked so we can reproduce it.""",
      missing="safe-promotion"),
    L("retraining-pipeline", "weak", """
        We have a cron job that retrains the model every night on the latest data and replaces the model file
        in production, so the model is always fresh."""),
    # ------------------------------------------------------------------ rag-system
    L("rag-system", "strong", """
        Ingestion first: connectors pull from the wiki and the drive, we extract clean text and split it into
        passages of a few hundred tokens with the title, owner and last-modified date as metadata, then embed
        them into pgvector. A sync job re-indexes changed documents every hour and deletes removed ones, since
        stale policies cause the worst answers. Retrieval is hybrid: BM25 keyword search plus vector search,
        then a cross-encoder re-ranks the top fifty, and we filter on each document's access list so users only
        get passages they're allowed to read. The prompt tells the model to answer only from those passages,
        cite them, and say it doesn't know otherwise. For evaluation we have two hundred real employee
        questions with reference answers and measure retrieval recall at five separately from answer
        correctness with Ragas, and in production thumbs-down answers go to a review queue and we watch cost
        per question. Retrieval recall went from sixty to eighty-eight percent after adding hybrid search."""),
    L("rag-system", "gap", """
        We chunk the documents with metadata, embed them and keep the index in sync as documents change or
        are deleted. Retrieval combines keyword and vector search with a re-ranker. The model is instructed to
        answer only from the retrieved passages, with citations, and to say it doesn't know. We evaluate on a
        set of real questions, measuring retrieval recall and answer correctness separately, and track user
        feedback and cost per question.""",
      missing="permissions"),
    L("rag-system", "weak", """
        We put all the company documents into a vector database and connect it to ChatGPT with LangChain. If
        the answers aren't good enough we switch to a bigger model."""),
    # ------------------------------------------------------------------ monitoring-platform
    L("monitoring-platform", "strong", """
        Collection has to be shared: the serving layer logs every request, prediction and model version to
        one table, with one percent sampling for the high-volume models, so teams write no code. As soon as
        a model is registered it gets default monitors for latency, error rate, input drift, prediction
        distribution and data quality in Evidently and Prometheus. When labels arrive, sometimes days later,
        we join them by request id and each team defines its performance metric. Alerts route to the owning
        team's PagerDuty rotation with a runbook, grouped so one upstream failure is one incident, and
        thresholds are tuned per model by criticality: critical models page, the rest open a ticket. Every
        model in the registry has an owner and a tier, which is how we found thirty orphaned models. We
        measure the monitoring itself: detection time went from days to under an hour, and we review which
        alerts were acted on."""),
    L("monitoring-platform", "gap", """
        Every model's predictions are logged through the serving layer into one store, and each registered
        model gets default drift, data quality and latency monitors. Labels are joined later to measure real
        performance. Each model in the registry has an owning team and a criticality tier, and we track how
        long detection takes. I'd build dashboards in Grafana for each team.""",
      missing="alert-routing"),
    L("monitoring-platform", "weak", """
        Each team should monitor its own models, they know them best. We would give them access to Grafana
        and they can build the dashboards they need."""),
    # ------------------------------------------------------------------ pushed-back
    L("pushed-back", "strong", """
        At my last company our product manager wanted the new pricing model live before the holiday sale. I
        owned the deployment, and my concern was that nobody had checked the model on new customers, who are
        a third of holiday traffic. Instead of just saying no, I ran the evaluation on new customers only and
        showed that the error doubled for them. I also asked what the date was really protecting, and it was
        a marketing campaign, so I understood why she couldn't move it. I proposed launching to returning
        customers behind a feature flag on the date, with the old model still serving new customers, and we
        agreed that once the new-customer error was under a threshold we'd go to everyone. In the end we
        launched on time, revenue per visit rose four percent, and the full rollout followed two weeks later.
        Since then we agree launch criteria at the start of each project, so the argument happens early."""),
    L("pushed-back", "gap", """
        A data scientist on my team wanted to ship a new ranking model on Friday. I owned the release and I
        was worried because we hadn't load tested it. I listened to why he wanted it out, the old model was
        losing clicks every day, and I suggested a compromise: launch to five percent of traffic on Friday
        behind a feature flag and go to everyone after a week if the metrics held. We agreed, launched to five
        percent, and after a week moved to everyone with clicks up three percent. I learned to raise risks
        earlier, in the design review.""",
      missing="evidence"),
    L("pushed-back", "weak", """
        The product manager wanted to launch and I said no because it wasn't ready. He didn't understand
        engineering, PMs only care about dates. Eventually my manager sided with me."""),
    # ------------------------------------------------------------------ led-migration
    L("led-migration", "strong", """
        At my last company our models ran on hand-built VMs: every deployment took two days and the old
        scheduler failed every few weeks. I led the migration to Kubernetes and Airflow with two other
        engineers, and my goal was to move all forty pipelines within a quarter without downtime. First I made
        an inventory of every pipeline and who owned it, then one friendly team was our pilot. For each
        pipeline both systems ran in parallel for two weeks and we compared every prediction, cutting over
        only when the outputs matched. I wrote a migration guide, held office hours every week and sent an
        update every Friday. Halfway through we found a pipeline nobody knew about, and it broke, so we added
        a check for unknown jobs. In the end deployments went from two days to twenty minutes, and we
        switched off the old VMs in March, saving about forty percent of the compute bill."""),
    L("led-migration", "gap", """
        Our old training scheduler kept failing and deployments took days, so I led the move to SageMaker. My
        goal was to move thirty pipelines in a quarter. I started with an inventory of the pipelines and a
        pilot with one team, then moved the rest in waves. I wrote a migration guide and held office hours so
        teams could move on their own. One team's jobs got slower on the new platform, so we tuned their
        instance types. In the end deployment time went from three days to under an hour and we
        decommissioned the old scheduler in the summer.""",
      missing="side-by-side"),
    L("led-migration", "weak", """
        We moved our stuff from the old servers to the cloud. It was a lot of work but we did it over a
        weekend and now everything is in the cloud, which is better."""),
    # ------------------------------------------------------------------ drove-adoption
    L("drove-adoption", "strong", """
        At my previous company six teams each had their own way of deploying models, and all of them broke
        differently. None of those teams reported to me, so I couldn't just tell them to use our deployment
        platform. I interviewed the leads of every team about their pain, and two needed GPU support, so that
        went in first. One team volunteered as a pilot and their lead became our champion. I wrote templates
        so moving a model took an afternoon, and we migrated the first model of each team for them. Once the
        pilot team cut their deploy time from a week to a day, others asked for it. Within six months eleven
        of twelve teams were using it and incidents from deployments halved. I learned that an easy path
        beats a good argument, and I now start every platform project by interviewing the users."""),
    L("drove-adoption", "gap", """
        Several teams all rebuilt the same customer features, and none of them reported to me. I wanted them
        to use a shared feature store. I started with a pilot: one team volunteered and their lead became a
        champion. I wrote templates and documentation so adding a feature took an afternoon, and we migrated
        the first features for each team. Within six months eight of ten teams used it, and new models took
        two weeks less to build. I learned that making it easy is what works.""",
      missing="understood-needs"),
    L("drove-adoption", "weak", """
        I built a really good deployment tool and presented it to the other teams. Some of them started using
        it. Then I got the VP to make it mandatory, so everyone had to use it."""),
    # ------------------------------------------------------------------ own-mistake
    L("own-mistake", "strong", """
        In my first year I was cleaning up old training data for our churn model. I deleted what I thought
        was a staging table, but it was the production feature table, it was my mistake, I hadn't checked the
        environment. The nightly scoring job failed an hour later. I paused the pipeline, told my lead within
        ten minutes and posted in the incident channel. We restored the table from last night's snapshot and
        reran the jobs, so the churn scores were about six hours late and no customer saw a wrong score.
        Afterwards I added a check to our tooling that refuses to drop production tables by hand, and write
        access now goes only through the pipeline. I learned to always run against staging first and to say
        what happened straight away."""),
    L("own-mistake", "gap", """
        I was updating the feature pipeline for our recommendation model and pushed a config change without
        testing it, my mistake. Recommendations went stale for about four hours for around two thousand
        customers. I rolled the change back as soon as I noticed and told my manager and the team right away.
        We reran the feature jobs to repair the data. I learned a lot from it about being careful with
        configuration changes and I'm much more careful now.""",
      missing="prevention"),
    L("own-mistake", "weak", """
        Once a pipeline failed while I was working on it, but it wasn't really my fault, the documentation was
        wrong. Someone fixed it the next day."""),
    # ------------------------------------------------------------------ deadline-scope
    L("deadline-scope", "strong", """
        Our fraud model had to be live before a new regulation came into force on the first of July, and we
        had six weeks. I was the only ML engineer on the project. I listed everything left and sorted it into
        must-have and nice-to-have. We cut the deep model and shipped a simpler gradient-boosted one, and
        automatic retraining was postponed, we retrained by hand for the first month. What I refused to cut
        was the evaluation against the old rules, monitoring and a rollback switch, because a broken fraud
        model could cost real money for days. I told the product owner exactly what the first version would
        and wouldn't have, and we agreed the cuts in writing. We went live two days early, fraud losses
        dropped fifteen percent, and the postponed retraining pipeline was done the following month."""),
    L("deadline-scope", "gap", """
        We had six weeks until a marketing launch to get a recommendation model live, and I owned getting it
        into production. I ranked the work into must-have and nice-to-have, and we cut the fancy deep model
        for a simpler one and postponed automatic retraining. I kept the evaluation against the baseline, the
        monitoring and a rollback path, which were non-negotiable. We went live on time and click-through went
        up eight percent, and the retraining automation came a month later.""",
      missing="communicated"),
    L("deadline-scope", "weak", """
        We had a very tight deadline, so the whole team worked late nights and weekends for a month. We skipped
        the tests and monitoring to save time and added them after the launch. It was stressful but we made
        it."""),
    # ------------------------------------------------------------------ model-registry
    L("model-registry", "strong", """
        A model registry is the single place where every trained model lives as a numbered version, instead
        of model files scattered in buckets. For each version it records the lineage: the git commit, the
        data version, the hyperparameters and the training run it came from, so we can trace and rebuild it.
        It also stores the evaluation metrics, the owner and the input schema. Versions move through stages,
        staging, production and archived, and promotion to production needs an approval. The deployment
        pipeline pulls whatever version is marked production, so rolling back is just pointing production at
        the previous version. We use the MLflow Model Registry, and a rollback that used to take an hour now
        takes two minutes."""),
    L("model-registry", "gap", """
        It's a central catalogue of models where each one is registered with a version number. Each version
        records the evaluation metrics, the owner and a description of what it's for. Versions go from
        staging to production after someone approves them, and deployment pulls the production version, so
        rolling back means pointing to the previous version. We use MLflow for this.""",
      missing="lineage"),
    L("model-registry", "weak", """
        A model registry is where you save your models, like a folder in S3 where we put the pickle files so
        we can load them later."""),
    # ------------------------------------------------------------------ drift-types
    L("drift-types", "strong", """
        Data drift is when the inputs change, for example suddenly many more mobile users, so the feature
        distributions in production no longer look like the training data. Concept drift is when the
        relationship between inputs and outcome changes, the same inputs now mean something different, like
        fraudsters changing tactics. Data drift you can detect without labels: we compare each feature's live
        distribution with the training data using PSI and a KS test every day in Evidently. Concept drift
        usually needs labels, so we track accuracy as the ground truth arrives, and watch proxies while it is
        late. When drift fires, we first check whether it actually hurts performance, then retrain on the
        most recent months or rework features. That caught a drop within two days instead of a month."""),
    L("drift-types", "gap", """
        Data drift means the input distribution changes compared with training, like new customer segments.
        Concept drift means the relationship between the inputs and the target changes, so the same inputs
        lead to a different outcome. For data drift we compare live feature distributions with the training
        data using PSI and KS tests. When we find drift we investigate whether it matters and retrain on
        recent data if it does.""",
      missing="detect-performance"),
    L("drift-types", "weak", """
        Drift is when the data changes over time and the model gets worse. Data drift and concept drift are
        basically the same thing. We retrain the model every month to handle it."""),
    # ------------------------------------------------------------------ rollout-strategies
    L("rollout-strategies", "strong", """
        In shadow mode the new model sees a copy of every request but its predictions are only logged, so we
        compare them with production at no risk; but it can't tell you how users react. A canary sends a
        small share of real users, say five percent, to the new model and ramps up while the numbers hold. Blue-green
        keeps two full environments and flips all traffic at once, with instant rollback by flipping back,
        but it exposes everyone at once and doubles the infrastructure during the switch. I'd use shadow for
        risky models first, then a canary for anything user-facing. For models a healthy service isn't
        enough, so the canary is judged on conversion and the score distribution, not just HTTP errors, and
        if the error rate doubles it rolls back automatically with Argo Rollouts. That caught two bad models
        last year before they reached more than five percent of users."""),
    L("rollout-strategies", "gap", """
        Shadow deployment mirrors traffic to the new model and only logs its predictions. Canary sends a
        small percentage of users to the new model and ramps up gradually. Blue-green runs two environments
        and switches all traffic at once, with instant rollback. Shadow has no user risk but tells you nothing
        about user reactions, canary limits exposure but takes longer, and blue-green exposes everyone at once
        and costs double. We use Argo Rollouts and roll back automatically when error rates rise.""",
      missing="model-metrics"),
    L("rollout-strategies", "weak", """
        Blue-green is the best because you can always switch back. We just deploy the new model and if
        something breaks we switch back."""),
    # ------------------------------------------------------------------ experiment-tracking
    L("experiment-tracking", "strong", """
        Experiment tracking means every training run is logged automatically with its hyperparameters and
        metrics, including the loss curve, plus the git commit and the dataset version it used, and artifacts
        like the model file and the confusion matrix. A team needs it because we can compare runs side by
        side and see which change actually helped, instead of spreadsheets nobody trusts, and anyone can
        reproduce someone else's run. When I went on holiday my colleague picked up exactly where I left off.
        The best run gets registered as a model version, so production links back to its experiment. We use
        MLflow, and it cut the time to answer which model is this from days to minutes."""),
    L("experiment-tracking", "gap", """
        It's logging every training run: the hyperparameters, the metrics and artifacts such as the model
        file and plots. That lets the team compare runs side by side to see which change helped, and share
        results instead of screenshots, so anyone can pick up someone else's work. The best run is then
        registered in the model registry. We use Weights and Biases for it.""",
      missing="code-data-version"),
    L("experiment-tracking", "weak", """
        Experiment tracking is when you write down your experiments, for example in a spreadsheet or in a
        notebook, so you remember what you tried."""),
    # ------------------------------------------------------------------ offline-online-gap
    L("offline-online-gap", "strong", """
        The usual causes: training-serving skew, where an online feature is computed differently or with a
        lag the offline data didn't have; leakage, where the offline test used information from after the
        prediction time, so the results were too good to be true; an offline metric like AUC that doesn't
        reflect what the test measures, revenue per session; and test data that doesn't represent live
        traffic, because the old model decided what users saw. To investigate I'd compare the logged online
        features with what we computed offline, replay a day of live requests through both models and break
        the results down by segment. I'd also check the experiment itself for a sample ratio mismatch and
        whether the new model was slower. Then we build evaluation sets from logged serving features with a
        time-based split, so offline gains predict online ones. Last time it was a one-day lag in a feature,
        and fixing it turned a two percent loss into a one percent win."""),
    L("offline-online-gap", "gap", """
        It's usually training-serving skew, where features are computed differently in production, or
        leakage that made the offline results too good, or an offline metric like AUC that doesn't reflect
        the business metric, or test data that doesn't look like live traffic. To find out, I'd compare the
        logged online features with the offline ones, replay live requests through both models, break results
        down by segment and check the experiment for a sample ratio mismatch. That's how we found a one-day
        lag in a feature last year.""",
      missing="align-eval"),
    L("offline-online-gap", "weak", """
        If the offline metrics are better then the model is better, so the A/B test was probably wrong or
        too short. I would run it again for longer."""),
    # ------------------------------------------------------------------ build-or-buy
    L("build-or-buy", "strong", """
        First I'd list our requirements: the workloads, the scale, data residency rules and the skills of the
        team that would run it. Then total cost of ownership over three years: the licence or cloud bill
        against the four or five engineers a self-built platform needs forever for upgrades and support,
        which people forget. Then control against speed: if real-time ranking is our edge we want control
        there, but for standard training jobs a managed service like SageMaker gets us there months sooner.
        The risk with buying is lock-in, so I'd keep models in open formats and pipelines in containers to
        keep an exit. In practice it's usually a mix: buy the commodity parts and build a thin layer on top.
        I'd decide through a four-week proof of concept with two real teams and criteria agreed beforehand,
        and revisit the decision yearly. Last time that saved us about a million a year against building."""),
    L("build-or-buy", "gap", """
        I'd start with the requirements, our workloads, scale and compliance, and the team's skills. Then
        compare total cost over several years, including the engineers needed to run a platform we build,
        not just the licence. Where the platform is our competitive advantage we build for control, and where
        it's commodity we buy for speed, so usually it's a hybrid. We'd watch out for vendor lock-in by using
        open formats and containers, so we could move away if prices rose.""",
      missing="poc-criteria"),
    L("build-or-buy", "weak", """
        I prefer to build because open source is free and we keep full control. Managed platforms are
        expensive and limiting, so building is almost always the better choice."""),
    # ------------------------------------------------------------------ containerize-model
    L("containerize-model", "strong", """
        I'd wrap the model in a small FastAPI app with a predict endpoint that loads the model once at
        start-up, not per request, and validates the request body with Pydantic, so bad input gets a 422.
        The Dockerfile starts from a slim Python base image with a pinned requirements file, copies in a
        specific model version from the registry and runs as a non-root user. CI builds the image, tags it
        with the commit, scans it with Trivy and pushes it to ECR. On Kubernetes it's a Deployment with three
        replicas, CPU and memory requests and limits, and a Service in front. The readiness probe only passes
        once the model is loaded, a liveness probe restarts stuck pods, and a horizontal pod autoscaler adds
        pods above seventy percent CPU. Then I send a sample request with curl and run a small Locust load
        test, and the service exposes latency metrics to Prometheus. Our p95 was forty milliseconds."""),
    L("containerize-model", "gap", """
        A FastAPI service with a predict endpoint that loads the model once when it starts and validates
        inputs with a schema. Then a Dockerfile from a slim base image with pinned dependencies, running as
        non-root, built and pushed by CI. On Kubernetes, a Deployment with replicas and resource requests and
        limits, a Service, readiness and liveness probes and an autoscaler. That's how we deployed our churn
        model.""",
      missing="verify"),
    L("containerize-model", "weak", """
        You put the model in a Docker container and run it on Kubernetes. Then people can call it over
        HTTP."""),
    # ------------------------------------------------------------------ orchestrate-pipeline
    L("orchestrate-pipeline", "strong", """
        In Airflow I'd split it into tasks in a DAG: extract the day's data, validate it with Great
        Expectations, build features, train, evaluate against the current model and register if it wins.
        Every task writes to a partition for its run date and overwrites it, so it's idempotent and we can
        rerun any day or backfill a month without duplicates. Tasks pass data through S3 paths, not through
        the scheduler, and training runs in a Kubernetes pod launched by the DAG. Tasks retry three times
        with back-off, then alert Slack, and an SLA alert fires if the model isn't registered by eight in the
        morning. The DAG lives in git and a CI test checks every DAG imports cleanly. That pipeline has run
        daily for two years with about one manual intervention a quarter."""),
    L("orchestrate-pipeline", "gap", """
        I'd build a DAG in Airflow with separate tasks: extract, validate the data, build features, train,
        evaluate against the production model, and register. Data is passed between tasks through S3, and
        the heavy training runs in its own Kubernetes pod. Each task has retries with back-off, a timeout,
        and an alert to Slack on failure, plus an SLA alert if the run is late. The DAGs are in git and tested
        in CI.""",
      missing="idempotent"),
    L("orchestrate-pipeline", "weak", """
        I'd write one Python script that loads the data, trains the model and saves it, and then schedule it
        with cron every night. If it fails we can just run it again by hand."""),
    # ------------------------------------------------------------------ multi-gpu-scaling
    L("multi-gpu-scaling", "strong", """
        First I'd measure, not guess: GPU utilization per device with nvidia-smi and DCGM, and the PyTorch
        profiler to split each step into data loading, forward and backward, and communication. In our case
        utilization sat around thirty percent and the profiler showed each step waiting for data: the data
        loader had two workers feeding eight GPUs and read small images one by one from remote storage. The
        all-reduce over ethernet was also significant with a batch of eight per GPU. We raised the loader to
        eight workers per GPU with prefetching, converted the images into large shards on local NVMe, and
        increased the batch per GPU with a scaled learning rate, mixed precision and DDP overlapping the
        gradient sync with the backward pass. Then a scaling test: eight GPUs gave seven times the
        throughput of one, and the run went from three days to ten hours."""),
    L("multi-gpu-scaling", "gap", """
        I'd profile first, looking at GPU utilization and how step time splits between data loading, compute
        and communication. Usually it's the input pipeline: too few data loader workers or slow remote
        storage starving the GPUs. Or the gradient all-reduce dominates because of a slow network and small
        batches. The fixes are more workers with prefetching and local caching of the data, larger batches with
        gradient accumulation and mixed precision.""",
      missing="scaling-test"),
    L("multi-gpu-scaling", "weak", """
        Distributed training always has overhead. I would use bigger and faster GPUs, like H100s, and maybe
        more of them, and then it will be faster."""),
    # ------------------------------------------------------------------ accuracy-drop-debug
    L("accuracy-drop-debug", "strong", """
        First I'd check the drop is real: did the dashboard or logging change, are labels arriving late? If
        it's real and customers are affected, I roll back to yesterday's model first and investigate after.
        Then what changed overnight: the deploy log for the model and the service, upstream tables and
        schemas, feature jobs in Airflow that failed or ran late, and config. I'd compare feature
        distributions and null rates with the day before in Evidently and look at which segments dropped;
        once it was all Android users, which pointed at an app release. Replaying a sample of today's
        traffic through the previous model tells me whether it's the data or the model. I post updates in
        the incident channel every half hour, and afterwards we fix the cause and add a null-rate check so
        it's caught within minutes next time. Last time we were back to normal within two hours."""),
    L("accuracy-drop-debug", "gap", """
        If users are affected I'd roll back to the last good model straight away. Then I'd look at what
        changed overnight: any deployment, upstream schema changes or feature jobs that failed. I'd compare
        null rates and feature distributions with yesterday and see which segments dropped, and replay some
        of today's requests through the old model to separate a data problem from a model problem. I'd keep
        the incident channel updated and add an alert so we catch it sooner next time.""",
      missing="metric-real"),
    L("accuracy-drop-debug", "weak", """
        I would retrain the model on the latest data, because accuracy dropping means the model is outdated.
        Then I would deploy the new one."""),
    # ------------------------------------------------------------------ testing-ml
    L("testing-ml", "strong", """
        In layers. Code: every feature function has pytest unit tests on tiny hand-written inputs, with edge
        cases like empty strings and negative amounts. Data: Great Expectations checks the schema, ranges and
        null rates of the training data and compares distributions with the previous run. Model: the new
        model must beat a simple baseline and the production model on the same holdout set and must not be
        worse on key segments, plus behavioural tests, for example changing the customer's name must not
        change the prediction and a higher income should never lower the credit score. Serving: a test sends
        the same rows through the training code and the API and compares the outputs, and we load test the
        endpoint. Unit tests run on every pull request in GitHub Actions and the full evaluation before
        promotion. This caught a join that silently dropped forty percent of rows before it shipped."""),
    L("testing-ml", "gap", """
        Unit tests with pytest for all the feature transformations, including edge cases. Data validation on
        the training data with Great Expectations for schema, ranges and nulls. The model is compared with
        the production model and a baseline on a fixed holdout set and on slices, and we have behavioural
        tests, like invariance to the customer's name. All of it runs in CI, the quick tests on every pull
        request and the full evaluation before promotion.""",
      missing="serving-tests"),
    L("testing-ml", "weak", """
        We write unit tests for our code like any software project and check that the training script runs
        without errors. If the loss goes down, the model is fine."""),
]


# ---------------------------------------------------------------------- answers that call for one follow-up
#
# Five follow-ups were never the chosen one for any labelled answer. Each answer below is written so an
# interviewer would naturally ask that follow-up next (the candidate raised its subject or left exactly
# that door open); ``follow_ups`` names every follow-up a reader would accept after it. Written and
# labelled before any of them was scored, and kept as written.


@dataclass(frozen=True)
class CallsFor:
    question: str
    name: str
    text: str
    follow_ups: tuple[str, ...]  # the acceptable follow-ups, the first the one the answer was written for


def C(question: str, name: str, text: str, follow_ups: tuple[str, ...]) -> CallsFor:
    return CallsFor(question, name, " ".join(text.split()), follow_ups)


CALLS_FOR = [
    C("reproducibility", "governance-audit", """
        We're in insurance, so reproducibility is mostly an audit question for us. Code is in Git and every
        training run logs the commit hash, the DVC version of the training data and the Docker image digest
        to MLflow, and the model is registered there with a version. Environments are pinned in the image.
        When the auditors ask how a pricing model was built, we pull the registry entry and can rebuild it
        from those three references; last year we re-ran a model from eight months earlier and matched its
        metrics. Each registered version also carries a short document describing what it was trained for,
        its intended use, its limits and its evaluation by customer segment, which the risk team signs
        off.""", ("model-card", "large-datasets", "dependencies")),
    C("cloud-platform", "two-clouds", """
        I've used SageMaker for three years and Vertex AI for the last one, because after an acquisition we
        run on both AWS and GCP. On SageMaker we use Pipelines for training, the Model Registry for approvals
        and real-time endpoints with autoscaling; its strength is how deeply it integrates with the rest of
        AWS, IAM, S3 and CloudWatch. Its weaknesses are the cost, which is hard to predict, and lock-in: our
        pipeline definitions don't move to Vertex. That is now our biggest problem, because the acquired team
        trains on Vertex and we have two registries and two ways of deploying. We're trying to put MLflow and
        a shared container format on top so a model can be trained on one cloud and served on the other.""",
      ("multi-cloud", "managed-vs-custom", "costs")),
    C("online-experiments", "many-teams", """
        We pick one primary metric, conversion per session, and guardrails on latency and revenue. Users are
        randomized by a hash of their user id into control and treatment, fifty-fifty, and we compute the
        sample size from the effect we care about, two weeks in our case. At the end we look at the confidence
        interval and only ship if the primary metric is significantly better and no guardrail is broken. The
        trouble is that every team did all of this by hand in notebooks, with its own assignment code and its
        own analysis, so with twenty models being retrained a test took a month of an analyst's time and
        teams skipped it. We're now moving to a shared experimentation service.""",
      ("experiment-platform", "conflicting-metrics", "low-traffic")),
    C("model-governance", "slow-approvals", """
        Every model is registered in MLflow with its lineage: the commit, the data version and the
        evaluation report. Promotion to production needs an approval from the model risk team, recorded in
        the registry, and each model has a model card. All predictions and approvals go to an append-only
        audit log we keep for seven years, which is what the regulator expects for credit decisions. The
        honest problem is speed: the approval is a manual review meeting every two weeks, so even a small
        retrain waits up to a fortnight, and teams have started batching changes to avoid it, which makes
        each release riskier.""", ("governance-speed", "regulator-question", "fairness-testing")),
    C("llm-deployment", "bill-and-latency", """
        We use a hosted model through the API for our support assistant, with retrieval over our help centre
        articles, and the prompts are versioned in Git. An evaluation set of three hundred real tickets runs
        in CI before any prompt change goes out, and we log every request with its tokens and latency.
        Guardrails check the output for personal data. What worries me now is that the monthly bill tripled
        after launch and the p95 response time is eight seconds, because we send the full top-ten documents
        and use the largest model for every request, even the trivial ones.""",
      ("llm-latency-cost", "llm-eval-design", "prompt-injection")),
]
