select count(*) from budgeting.wolverine_dead_letters;
