-- imported feedback arrives without a category; the classifier finds it by this index after each import
create index feedback_unclassified on feedback (id) where category is null;
